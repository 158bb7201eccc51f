namespace Dashboard.Domain.Reconciliation;

/// <summary>What reconciliation does for one transaction; a classification may list several, done in order.</summary>
public enum ReconciliationAction
{
    /// <summary>Capture the authorised amount at the gateway.</summary>
    Capture,
    /// <summary>Cancel (void) the authorisation at the gateway.</summary>
    Cancel,
    /// <summary>Refund the captured amount at the gateway.</summary>
    Refund,
    /// <summary>Record the captured payment in the ledger and confirm the order; no gateway call.</summary>
    ConfirmLedger,
    /// <summary>Find the payment at the gateway by its merchant reference and record its reference; escalate if there is none.</summary>
    LookupByReference,
    /// <summary>Do nothing now; classify again later.</summary>
    Wait,
    /// <summary>Mark the payment attempt failed in the ledger.</summary>
    MarkFailed,
    /// <summary>Put the ledger back in line with the gateway: the attempt failed and the order awaits payment.</summary>
    CorrectLedger,
    /// <summary>Hand the transaction to a person; nothing is changed automatically.</summary>
    Escalate,
}
