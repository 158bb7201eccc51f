using Dashboard.Domain.Reconciliation;

namespace Dashboard.Benchmarks;

/// <summary>
/// The shapes of the operator's Find measured over a large ledger, by the benchmark and by the load run alike: each criterion alone
/// and combined, including the wide counts (a filter that keeps most of a million rows) and the rare matches (a sample that must read
/// the whole window to find its rows).
/// </summary>
public static class LedgerFindQueries
{
    /// <summary>Rows shown as the sample beside the count.</summary>
    public const int Sample = 50;

    /// <summary>Each query with the name the reports print.</summary>
    public static IReadOnlyList<(string Name, ReconciliationCriteria Criteria)> All(CachedLedger ledger)
    {
        var month = (From: ledger.Anchor.AddDays(-30), To: ledger.Anchor);
        return
        [
            ("stuck states older than 15 min", ReconciliationCriteria.Create([LedgerState.Pending, LedgerState.Authorized], olderThanMinutes: 15)),
            ("outage window, any state", ReconciliationCriteria.Create(from: ledger.OutageStart, to: ledger.OutageEnd)),
            ("30 days, currency and amount range", ReconciliationCriteria.Create(from: month.From, to: month.To, minAmount: 1000, maxAmount: 5000, currency: "gbp")),
            ("older than 15 min, any state", ReconciliationCriteria.Create(olderThanMinutes: 15)),
            ("captured, amount range", ReconciliationCriteria.Create([LedgerState.Captured], minAmount: 1000, maxAmount: 5000)),
            ("currency only", ReconciliationCriteria.Create(currency: "eur")),
            ("amount range only", ReconciliationCriteria.Create(minAmount: 1000, maxAmount: 5000)),
            ("30 days, narrow amount range", ReconciliationCriteria.Create(from: month.From, to: month.To, minAmount: 4990, maxAmount: 5000)),
            ("every criterion combined", ReconciliationCriteria.Create([LedgerState.Captured, LedgerState.Failed], olderThanMinutes: 15,
                from: month.From, to: month.To, minAmount: 1000, maxAmount: 5000, currency: "usd")),
        ];
    }
}
