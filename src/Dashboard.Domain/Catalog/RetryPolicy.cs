namespace Dashboard.Domain.Catalog;

/// <summary>How a caller retries a dependency. <see cref="Attempts"/> counts retries after the first call.</summary>
public sealed record RetryPolicy
{
    public const int MaxAttempts = 10;
    public static readonly TimeSpan MaxTimeout = TimeSpan.FromMinutes(5);

    public int Attempts { get; }
    public BackoffKind Backoff { get; }
    public TimeSpan Timeout { get; }
    public bool CircuitBreaker { get; }

    public RetryPolicy(int attempts, BackoffKind backoff, TimeSpan timeout, bool circuitBreaker)
    {
        if (attempts is < 0 or > MaxAttempts)
            throw new DomainException($"Retry attempts must be between 0 and {MaxAttempts}, not {attempts}.");
        if (timeout <= TimeSpan.Zero || timeout > MaxTimeout)
            throw new DomainException($"A retry timeout must be more than 0 and at most {MaxTimeout.TotalMinutes:0} minutes, not {timeout}.");
        if (attempts == 0 && backoff != BackoffKind.None)
            throw new DomainException("A policy with no retries cannot have a backoff; set attempts or choose backoff None.");
        Attempts = attempts;
        Backoff = backoff;
        Timeout = timeout;
        CircuitBreaker = circuitBreaker;
    }

    public static RetryPolicy NoRetries(TimeSpan timeout) => new(0, BackoffKind.None, timeout, circuitBreaker: false);

    /// <summary>Calls one request can make to the callee: the first plus every retry.</summary>
    public int CallsPerRequest => Attempts + 1;

    /// <summary>Retries that fire with no delay turn a brief outage into a spike of load.</summary>
    public bool RetriesWithoutBackoff => Attempts > 0 && Backoff == BackoffKind.None;

    public string Describe() => Attempts == 0
        ? $"no retries, {Timeout.TotalSeconds:0.#} s timeout"
        : $"{Attempts} {(Backoff == BackoffKind.None ? "immediate" : "exponential-backoff")} retr{(Attempts == 1 ? "y" : "ies")}, "
          + $"{Timeout.TotalSeconds:0.#} s timeout, {(CircuitBreaker ? "circuit breaker" : "no circuit breaker")}";
}
