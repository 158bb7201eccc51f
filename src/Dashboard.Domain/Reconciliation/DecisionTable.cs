namespace Dashboard.Domain.Reconciliation;

/// <summary>
/// Gateway state × ledger state → actions, each row with its rule in words. Rows are tried in order and the first match wins;
/// a combination no row covers is escalated, never guessed. <see cref="Classify"/> is pure: same input, same answer.
/// </summary>
public sealed class DecisionTable
{
    public const string UnknownCombinationRowId = "unknown-combination";
    public static readonly TimeSpan DefaultProcessingSla = TimeSpan.FromMinutes(60);
    public static readonly TimeSpan MaxProcessingSla = TimeSpan.FromDays(30);

    private DecisionTable(TimeSpan processingSla, IReadOnlyList<DecisionRow> rows)
    {
        ProcessingSla = processingSla;
        Rows = rows;
    }

    /// <summary>How long a payment may stay <c>processing</c> before it is escalated instead of waited for.</summary>
    public TimeSpan ProcessingSla { get; }

    public IReadOnlyList<DecisionRow> Rows { get; }

    /// <summary>The table the dashboard uses, with the processing SLA from its settings.</summary>
    public static DecisionTable Standard(TimeSpan? processingSla = null)
    {
        var sla = processingSla ?? DefaultProcessingSla;
        if (sla <= TimeSpan.Zero || sla > MaxProcessingSla)
            throw new DomainException($"The processing SLA is {sla}; set it between one minute and {MaxProcessingSla.TotalDays:0} days.");
        return new DecisionTable(sla, StandardDecisionRows.Build(sla));
    }

    public Classification Classify(GatewaySnapshot gateway, LedgerSnapshot ledger, DateTimeOffset now)
    {
        var facts = DecisionFacts.From(gateway, ledger, now, ProcessingSla);
        var row = Rows.FirstOrDefault(r => r.Matches(facts));
        return row is null
            ? new Classification(UnknownCombinationRowId, [ReconciliationAction.Escalate],
                $"No rule covers gateway status {gateway.Status.ToWire()} with ledger state {ledger.State.ToWire()} and order {ledger.OrderState.ToWire()}: a person decides; the table never guesses.")
            : new Classification(row.Id, row.Actions, row.Rule);
    }
}
