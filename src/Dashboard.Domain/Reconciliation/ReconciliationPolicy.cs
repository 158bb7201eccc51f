namespace Dashboard.Domain.Reconciliation;

/// <summary>
/// The limits of a run: at most <see cref="MaxItemsPerRun"/> transactions (criteria matching more must be narrowed), and a
/// second person's approval when the plan acts on more than <see cref="ApprovalCountThreshold"/> transactions or moves more
/// than <see cref="ApprovalAmountThreshold"/> (minor units) in any one currency.
/// </summary>
public sealed record ReconciliationPolicy
{
    public const int DefaultMaxItemsPerRun = 10_000;
    public const int DefaultApprovalCountThreshold = 25;
    public const long DefaultApprovalAmountThreshold = 500_000;

    public ReconciliationPolicy(
        int maxItemsPerRun = DefaultMaxItemsPerRun,
        int approvalCountThreshold = DefaultApprovalCountThreshold,
        long approvalAmountThreshold = DefaultApprovalAmountThreshold)
    {
        if (maxItemsPerRun is < 1 or > 100_000)
            throw new DomainException($"The most transactions per run is {maxItemsPerRun}; set it from 1 to 100000.");
        if (approvalCountThreshold < 0)
            throw new DomainException($"The approval count threshold is {approvalCountThreshold}; set it to 0 (always approve) or more.");
        if (approvalAmountThreshold < 0)
            throw new DomainException($"The approval amount threshold is {approvalAmountThreshold}; set it to 0 (always approve) or more, in minor units.");
        MaxItemsPerRun = maxItemsPerRun;
        ApprovalCountThreshold = approvalCountThreshold;
        ApprovalAmountThreshold = approvalAmountThreshold;
    }

    public int MaxItemsPerRun { get; }
    public int ApprovalCountThreshold { get; }
    public long ApprovalAmountThreshold { get; }

    /// <summary>Refuses a find that matched nothing or more than a run may take, saying how to change the criteria.</summary>
    public void EnsureRunnable(long matched, ReconciliationCriteria criteria)
    {
        if (matched == 0)
            throw new DomainException($"No transaction matches {criteria.Describe()}: widen the criteria (a longer window, more states, no currency).");
        if (matched > MaxItemsPerRun)
            throw new DomainException(
                $"{matched} transactions match {criteria.Describe()}; a run takes at most {MaxItemsPerRun}: narrow the criteria (a shorter window, one state, a currency or an amount range).");
    }

    public bool RequiresApproval(ReconciliationPlan plan) =>
        plan.TransactionCount > ApprovalCountThreshold
        || plan.Totals.GroupBy(t => t.Currency, StringComparer.Ordinal).Any(g => g.Where(t => t.MovesMoney).Sum(t => t.Amount) > ApprovalAmountThreshold);
}
