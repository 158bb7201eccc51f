namespace Dashboard.Domain.Reconciliation;

/// <summary>The ledger side of a decision row; every property left null matches anything.</summary>
public sealed record LedgerCondition
{
    public IReadOnlyList<LedgerState>? States { get; init; }
    public IReadOnlyList<OrderState>? OrderStates { get; init; }
    public bool? Confirmed { get; init; }
    public bool? HasGatewayReference { get; init; }

    public bool Matches(DecisionFacts facts) =>
        (States is null || States.Contains(facts.LedgerState))
        && (OrderStates is null || OrderStates.Contains(facts.OrderState))
        && (Confirmed is null || Confirmed == facts.Confirmed)
        && (HasGatewayReference is null || HasGatewayReference == facts.HasGatewayReference);

    /// <summary>The condition in the API's words, e.g. "state pending or authorized; order awaiting_payment".</summary>
    public string Describe()
    {
        var parts = new List<string>();
        if (HasGatewayReference is not null) parts.Add(HasGatewayReference.Value ? "gateway reference recorded" : "no gateway reference");
        if (States is not null) parts.Add($"state {string.Join(" or ", States.Select(s => s.ToWire()))}");
        if (OrderStates is not null) parts.Add($"order {string.Join(" or ", OrderStates.Select(s => s.ToWire()))}");
        if (Confirmed is not null) parts.Add(Confirmed.Value ? "this attempt confirmed the order" : "this attempt did not confirm the order");
        return parts.Count == 0 ? "any" : string.Join("; ", parts);
    }
}
