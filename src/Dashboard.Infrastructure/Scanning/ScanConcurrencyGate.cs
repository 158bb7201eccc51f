using System.Collections.Concurrent;

namespace Dashboard.Infrastructure.Scanning;

/// <summary>One scan at a time per user: a second request while the first runs is refused, not queued.</summary>
public sealed class ScanConcurrencyGate
{
    private readonly ConcurrentDictionary<string, byte> _running = new(StringComparer.Ordinal);

    /// <summary>A lease to dispose when the scan ends, or null when this user already has one running.</summary>
    public IDisposable? TryEnter(string user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return _running.TryAdd(user, 0) ? new Lease(this, user) : null;
    }

    private sealed class Lease(ScanConcurrencyGate gate, string user) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
                gate._running.TryRemove(user, out _);
        }
    }
}
