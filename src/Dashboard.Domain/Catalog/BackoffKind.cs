namespace Dashboard.Domain.Catalog;

public enum BackoffKind
{
    /// <summary>Retries fire immediately: a short outage becomes a load spike.</summary>
    None,
    Exponential,
}
