namespace Dashboard.Domain.Reconciliation;

/// <summary>How long a payment has been in flight compared with the processing SLA.</summary>
public enum ProcessingAge
{
    WithinSla,
    BeyondSla,
    /// <summary>The ledger did not record when the attempt was made.</summary>
    Unknown,
}
