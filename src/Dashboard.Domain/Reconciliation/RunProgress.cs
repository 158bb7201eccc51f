namespace Dashboard.Domain.Reconciliation;

/// <summary>How far a run is: actionable transactions and how many ended in each outcome.</summary>
public sealed record RunProgress(int Total, int Done, int Skipped, int Failed, int Escalated)
{
    public int Finished => Done + Skipped + Failed + Escalated;
    public int Remaining => Total - Finished;

    /// <summary>The progress of a run whose actionable transactions have these results (null: not acted on yet).</summary>
    public static RunProgress Of(IReadOnlyCollection<ItemResult?> actionable)
    {
        int Count(ItemOutcome outcome) => actionable.Count(r => r?.Outcome == outcome);
        return new RunProgress(actionable.Count, Count(ItemOutcome.Done), Count(ItemOutcome.SkippedChanged), Count(ItemOutcome.Failed), Count(ItemOutcome.Escalated));
    }
}
