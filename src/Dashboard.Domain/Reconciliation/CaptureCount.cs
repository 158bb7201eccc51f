namespace Dashboard.Domain.Reconciliation;

/// <summary>How many captures the order has at the gateway.</summary>
public enum CaptureCount
{
    None,
    One,
    Several,
}
