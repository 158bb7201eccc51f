namespace Dashboard.Application.Reconciliation;

/// <summary>The <c>Reconciliation</c> settings of the background executor.</summary>
public sealed class ReconciliationOptions
{
    public const string SectionName = "Reconciliation";
    public const int MinLeaseSeconds = 5;
    public const int MaxLeaseSeconds = 3600;
    public const int MinConcurrency = 1;
    public const int MaxConcurrency = 64;

    /// <summary>
    /// How long one instance holds a run it executes before another may take it over: renewed once a third of it has passed
    /// (checked before every claimed step), so it must outlast one transaction's calls; after a crash the run waits up to this
    /// long before another instance resumes it.
    /// </summary>
    public int ExecutionLeaseSeconds { get; set; } = 60;

    /// <summary>
    /// Transactions of one run acted on at once (each one's steps stay in order). The gateway's shared rate limit still caps the
    /// calls; overlapping keeps its slots busy while other transactions wait on the ledger or the dashboard's database.
    /// </summary>
    public int ExecutionConcurrency { get; set; } = 8;

    public TimeSpan ExecutionLease => TimeSpan.FromSeconds(ExecutionLeaseSeconds);
}
