namespace Dashboard.Application.Reconciliation;

/// <summary>The <c>Reconciliation</c> settings of the background executor.</summary>
public sealed class ReconciliationOptions
{
    public const string SectionName = "Reconciliation";
    public const int MinLeaseSeconds = 5;
    public const int MaxLeaseSeconds = 3600;

    /// <summary>
    /// How long one instance holds a run it executes before another may take it over: renewed before every transaction, so it
    /// must outlast one transaction's calls; after a crash the run waits this long before another instance resumes it.
    /// </summary>
    public int ExecutionLeaseSeconds { get; set; } = 60;

    public TimeSpan ExecutionLease => TimeSpan.FromSeconds(ExecutionLeaseSeconds);
}
