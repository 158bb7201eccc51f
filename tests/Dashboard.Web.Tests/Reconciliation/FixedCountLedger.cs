using Dashboard.Domain.Reconciliation;

namespace Dashboard.Web.Tests.Reconciliation;

/// <summary>A ledger whose find matches a fixed number of transactions; the page tests never execute against it.</summary>
internal sealed class FixedCountLedger(long matches) : ILedger
{
    public bool AllowsWrites => true;

    public Task<LedgerFindResult> FindAsync(ReconciliationCriteria criteria, DateTimeOffset now, int take, CancellationToken cancellationToken = default) =>
        Task.FromResult(new LedgerFindResult(matches, []));

    public Task<LedgerTransaction?> GetAsync(string transactionId, CancellationToken cancellationToken = default) => Task.FromResult<LedgerTransaction?>(null);

    public Task<LedgerCorrectionResult> ApplyAsync(LedgerCorrection correction, CancellationToken cancellationToken = default) =>
        throw new InvalidOperationException("The page tests do not execute runs.");
}
