using System.Collections.Concurrent;

namespace Dashboard.Application.Reconciliation;

/// <summary>
/// How far the classification of each run has got, in this process, so a page can show it while the gateway is read; the
/// result itself is saved with the run. Entries go when the classification ends.
/// </summary>
public sealed class RunProgressTracker
{
    private readonly ConcurrentDictionary<Guid, (int Done, int Total)> _classifying = new();

    public void Report(Guid runId, int done, int total) => _classifying[runId] = (done, total);

    public void Forget(Guid runId) => _classifying.TryRemove(runId, out _);

    /// <summary>Transactions read from the gateway so far and in all, or null when this process is not classifying the run.</summary>
    public (int Done, int Total)? Classifying(Guid runId) => _classifying.TryGetValue(runId, out var progress) ? progress : null;
}
