namespace Dashboard.Domain.Reconciliation;

/// <summary>
/// The preview: every call the run will make, in order, with its idempotency key; totals per currency and action; and the
/// hash an approval is bound to. Any change to a call, its order or its key changes the hash.
/// </summary>
public sealed record ReconciliationPlan(IReadOnlyList<PlannedCall> Calls, IReadOnlyList<CurrencyTotal> Totals, int TransactionCount, string Hash)
{
    public int GatewayCallCount => Calls.Count(c => c.Target == CallTarget.Gateway);

    internal static ReconciliationPlan Build(Guid runId, IEnumerable<ReconciliationItem> items)
    {
        var actionable = items.Where(i => i.IsActionable).OrderBy(i => i.Position).ToList();
        var calls = new List<PlannedCall>();
        foreach (var item in actionable)
        {
            foreach (var step in item.Steps)
                calls.Add(new PlannedCall(calls.Count + 1, item.TransactionId, item.MerchantReference, item.GatewayReference,
                    step.Action, step.Target, item.Amount, item.Currency, step.IdempotencyKey));
        }
        var totals = calls
            .GroupBy(c => (c.Currency, c.Action))
            .OrderBy(g => g.Key.Currency, StringComparer.Ordinal).ThenBy(g => g.Key.Action)
            .Select(g => new CurrencyTotal(g.Key.Currency, g.Key.Action, g.Count(), g.Sum(c => c.Amount)))
            .ToList();
        return new ReconciliationPlan(calls, totals, actionable.Count, PlanHash.Compute(runId, calls));
    }
}
