namespace Dashboard.Domain.Reconciliation;

/// <summary>How far a run is: actionable transactions and how many ended in each outcome.</summary>
public sealed record RunProgress(int Total, int Done, int Skipped, int Failed, int Escalated)
{
    public int Finished => Done + Skipped + Failed + Escalated;
    public int Remaining => Total - Finished;
}
