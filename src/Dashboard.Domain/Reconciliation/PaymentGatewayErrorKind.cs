namespace Dashboard.Domain.Reconciliation;

/// <summary>Why a gateway refused or failed a request; each kind names its own fix in the exception's message.</summary>
public enum PaymentGatewayErrorKind
{
    /// <summary>The API key was refused (401), or lacks the permission the call needs (403).</summary>
    Authentication,
    /// <summary>The gateway kept answering "too many requests" after the retries.</summary>
    RateLimited,
    /// <summary>No answer came back in time; a write may or may not have happened, so retry it with the same idempotency key.</summary>
    Timeout,
    /// <summary>The gateway has no payment under that reference.</summary>
    NotFound,
    /// <summary>The payment's state does not allow the operation (e.g. capturing a cancelled payment).</summary>
    InvalidState,
    /// <summary>The idempotency key was used before with different parameters.</summary>
    IdempotencyConflict,
    /// <summary>The request itself was wrong.</summary>
    InvalidRequest,
    /// <summary>The gateway failed (5xx) or could not be reached.</summary>
    Unavailable,
    /// <summary>Calls failed so often that the client stopped sending them for a while (its circuit breaker is open).</summary>
    CircuitOpen,
}
