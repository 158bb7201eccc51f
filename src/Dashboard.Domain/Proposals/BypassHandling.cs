namespace Dashboard.Domain.Proposals;

/// <summary>How a change made outside the pipeline was handled.</summary>
public enum BypassHandling
{
    /// <summary>A draft proposal writes the old value back through staging, approval and production.</summary>
    Reverted,
    /// <summary>Accepted as it is: recorded in the audit log as adopted, and no longer highlighted.</summary>
    Adopted,
}
