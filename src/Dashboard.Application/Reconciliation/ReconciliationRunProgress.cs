using Dashboard.Domain.Reconciliation;

namespace Dashboard.Application.Reconciliation;

/// <summary>
/// Where a run is, read without its transactions' details, so that watching a run of ten thousand every second costs little:
/// its state, counts per outcome, pace, and the outcomes of the transactions asked for (those on the operator's screen).
/// </summary>
public sealed record ReconciliationRunProgress(
    Guid Id, ReconciliationRunState State, RunProgress Progress, ExecutionPace? Pace, IReadOnlyDictionary<int, ItemResult> Outcomes)
{
    public static ReconciliationRunProgress From(Guid id, RunResults results, IReadOnlySet<int> outcomesOf, DateTimeOffset now)
    {
        var progress = RunProgress.Of([.. results.Actionable.Select(a => a.Resolution)]);
        var pace = results.State == ReconciliationRunState.Executing
            ? ExecutionPace.Measure(results.StartedAt, results.Actionable.Where(a => a.Resolution is not null).Select(a => a.Resolution!.At), progress.Remaining, now)
            : null;
        var outcomes = results.Actionable.Where(a => a.Resolution is not null && outcomesOf.Contains(a.Position)).ToDictionary(a => a.Position, a => a.Resolution!);
        return new ReconciliationRunProgress(id, results.State, progress, pace, outcomes);
    }
}
