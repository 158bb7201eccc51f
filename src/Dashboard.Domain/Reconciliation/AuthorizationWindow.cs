namespace Dashboard.Domain.Reconciliation;

/// <summary>Whether an authorisation can still be captured at the moment of classification.</summary>
public enum AuthorizationWindow
{
    Open,
    Expired,
    /// <summary>The gateway did not say when the authorisation expires.</summary>
    Unknown,
}
