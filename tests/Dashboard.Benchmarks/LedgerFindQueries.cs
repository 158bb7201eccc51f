using Dashboard.Domain.Reconciliation;

namespace Dashboard.Benchmarks;

/// <summary>The operator's Find criteria measured over a large ledger, by the benchmark and by the load run alike.</summary>
public static class LedgerFindQueries
{
    /// <summary>Rows shown as the sample beside the count.</summary>
    public const int Sample = 50;

    public static ReconciliationCriteria StuckStates { get; } = ReconciliationCriteria.Create([LedgerState.Pending, LedgerState.Authorized], olderThanMinutes: 15);

    public static ReconciliationCriteria OutageWindow(CachedLedger ledger) => ReconciliationCriteria.Create(from: ledger.OutageStart, to: ledger.OutageEnd);

    public static ReconciliationCriteria CurrencyAndAmount(CachedLedger ledger) =>
        ReconciliationCriteria.Create(from: ledger.Anchor.AddDays(-30), to: ledger.Anchor, minAmount: 1000, maxAmount: 5000, currency: "gbp");

    /// <summary>Each query with the name the reports print.</summary>
    public static IReadOnlyList<(string Name, ReconciliationCriteria Criteria)> All(CachedLedger ledger) =>
    [
        ("stuck states older than 15 min", StuckStates),
        ("outage window, any state", OutageWindow(ledger)),
        ("30 days, currency and amount range", CurrencyAndAmount(ledger)),
    ];
}
