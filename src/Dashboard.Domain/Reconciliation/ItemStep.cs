namespace Dashboard.Domain.Reconciliation;

/// <summary>
/// One planned action of one transaction with the idempotency key fixed when the plan was made: every attempt of this
/// action, retries and runs resumed after a crash alike, sends this key. <see cref="ClaimedAt"/> is recorded before the call is
/// made: a claimed step that is not done may have reached the gateway, so it is finished with the same key, never skipped.
/// </summary>
public sealed record ItemStep(ReconciliationAction Action, string IdempotencyKey, DateTimeOffset? CompletedAt = null, DateTimeOffset? ClaimedAt = null)
{
    public bool IsDone => CompletedAt is not null;

    public bool IsClaimed => ClaimedAt is not null;

    /// <summary>Where the action acts: the gateway, the ledger, or a person.</summary>
    public CallTarget Target => Action switch
    {
        ReconciliationAction.Capture or ReconciliationAction.Cancel or ReconciliationAction.Refund or ReconciliationAction.LookupByReference => CallTarget.Gateway,
        ReconciliationAction.Escalate => CallTarget.Person,
        _ => CallTarget.Ledger,
    };
}
