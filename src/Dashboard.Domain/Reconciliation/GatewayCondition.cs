namespace Dashboard.Domain.Reconciliation;

/// <summary>The gateway side of a decision row; every property left null matches anything.</summary>
public sealed record GatewayCondition
{
    public IReadOnlyList<GatewayStatus>? Statuses { get; init; }
    public bool? Disputed { get; init; }
    public bool? AmountsMatchLedger { get; init; }
    public bool? FullyCaptured { get; init; }
    public IReadOnlyList<CaptureCount>? Captures { get; init; }
    public IReadOnlyList<RefundState>? Refunds { get; init; }
    public IReadOnlyList<AuthorizationWindow>? Authorization { get; init; }
    public IReadOnlyList<ProcessingAge>? Processing { get; init; }

    public bool Matches(DecisionFacts facts) =>
        (Statuses is null || Statuses.Contains(facts.Status))
        && (Disputed is null || Disputed == facts.Disputed)
        && (AmountsMatchLedger is null || AmountsMatchLedger == facts.AmountsMatch)
        && (FullyCaptured is null || FullyCaptured == facts.FullyCaptured)
        && (Captures is null || Captures.Contains(facts.Captures))
        && (Refunds is null || Refunds.Contains(facts.Refunds))
        && (Authorization is null || Authorization.Contains(facts.Authorization))
        && (Processing is null || Processing.Contains(facts.Processing));

    /// <summary>The condition in the API's words, e.g. "status requires_capture; authorisation open".</summary>
    public string Describe()
    {
        var parts = new List<string>();
        if (Statuses is not null) parts.Add($"status {string.Join(" or ", Statuses.Select(s => s.ToWire()))}");
        if (Disputed is not null) parts.Add(Disputed.Value ? "disputed" : "not disputed");
        if (AmountsMatchLedger is not null) parts.Add(AmountsMatchLedger.Value ? "amount and currency match the ledger" : "amount or currency differs from the ledger");
        if (FullyCaptured is not null) parts.Add(FullyCaptured.Value ? "captured in full" : "captured in part");
        if (Captures is not null) parts.Add($"captures for the order: {string.Join(" or ", Captures.Select(Words))}");
        if (Refunds is not null) parts.Add($"refunded: {string.Join(" or ", Refunds.Select(Words))}");
        if (Authorization is not null) parts.Add($"authorisation {string.Join(" or ", Authorization.Select(Words))}");
        if (Processing is not null) parts.Add($"in flight {string.Join(" or ", Processing.Select(Words))}");
        return parts.Count == 0 ? "any" : string.Join("; ", parts);
    }

    private static string Words(CaptureCount count) => count switch
    {
        CaptureCount.None => "none",
        CaptureCount.One => "one",
        _ => "more than one",
    };

    private static string Words(RefundState refunds) => refunds switch
    {
        RefundState.None => "nothing",
        RefundState.Partial => "in part",
        _ => "in full",
    };

    private static string Words(AuthorizationWindow window) => window switch
    {
        AuthorizationWindow.Open => "not yet expired",
        AuthorizationWindow.Expired => "expired",
        _ => "expiry unknown",
    };

    private static string Words(ProcessingAge age) => age switch
    {
        ProcessingAge.WithinSla => "within the processing SLA",
        ProcessingAge.BeyondSla => "beyond the processing SLA",
        _ => "for an unknown time",
    };
}
