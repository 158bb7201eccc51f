namespace Dashboard.Domain.Scanning;

/// <summary>How an outgoing HTTP client retries.</summary>
public enum HttpRetryKind
{
    None,
    /// <summary>Retries fire without delay: a short outage of the callee becomes a load spike.</summary>
    Immediate,
    Backoff,
}
