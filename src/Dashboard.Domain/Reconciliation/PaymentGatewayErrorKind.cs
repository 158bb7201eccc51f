namespace Dashboard.Domain.Reconciliation;

/// <summary>Why a gateway refused or failed a request; each kind names its own fix in the exception's message.</summary>
public enum PaymentGatewayErrorKind
{
    /// <summary>The API key was refused.</summary>
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
    /// <summary>The gateway failed (5xx), could not be reached, or its circuit is open after repeated failures.</summary>
    Unavailable,
}
