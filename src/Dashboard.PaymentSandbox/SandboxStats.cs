namespace Dashboard.PaymentSandbox;

/// <summary>Request counters since the sandbox started (effects per intent are in the store and survive restarts).</summary>
public sealed class SandboxStats
{
    private long _requests;
    private long _rateLimited;
    private long _idempotentReplays;
    private long _idempotencyConflicts;
    private long _injectedFaults;
    private long _authenticationFailures;
    private long _lastRequestTimestamp;

    public long Requests => Interlocked.Read(ref _requests);
    public long RateLimited => Interlocked.Read(ref _rateLimited);
    public long IdempotentReplays => Interlocked.Read(ref _idempotentReplays);
    public long IdempotencyConflicts => Interlocked.Read(ref _idempotencyConflicts);
    public long InjectedFaults => Interlocked.Read(ref _injectedFaults);
    public long AuthenticationFailures => Interlocked.Read(ref _authenticationFailures);
    /// <summary>When the last request arrived (<see cref="System.Diagnostics.Stopwatch"/> timestamp; 0 before the first), for timing a client's calls.</summary>
    public long LastRequestTimestamp => Interlocked.Read(ref _lastRequestTimestamp);

    internal void Request()
    {
        Interlocked.Increment(ref _requests);
        Interlocked.Exchange(ref _lastRequestTimestamp, System.Diagnostics.Stopwatch.GetTimestamp());
    }
    internal void RateLimit() => Interlocked.Increment(ref _rateLimited);
    internal void Replay() => Interlocked.Increment(ref _idempotentReplays);
    internal void Conflict() => Interlocked.Increment(ref _idempotencyConflicts);
    internal void Fault() => Interlocked.Increment(ref _injectedFaults);
    internal void AuthenticationFailure() => Interlocked.Increment(ref _authenticationFailures);
}
