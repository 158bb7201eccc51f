using Dashboard.Application.Reconciliation;
using Dashboard.Domain.Reconciliation;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Infrastructure.Persistence.Repositories;

internal sealed class ReconciliationRunQueries(IDbContextFactory<DashboardDbContext> contexts) : IReconciliationRunQueries
{
    public async Task<IReadOnlyList<ReconciliationRunSummary>> ListAsync(int take, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Summaries(db.ReconciliationRuns.OrderByDescending(r => r.CreatedAt).Take(take), cancellationToken);
    }

    public async Task<IReadOnlyList<ReconciliationRunSummary>> ActiveAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await Summaries(db.ReconciliationRuns
            .Where(ReconciliationRunFilters.WithBackgroundWork)
            .OrderBy(r => r.CreatedAt), cancellationToken);
    }

    private static async Task<IReadOnlyList<ReconciliationRunSummary>> Summaries(IQueryable<ReconciliationRun> runs, CancellationToken cancellationToken)
    {
        var rows = await runs.AsNoTracking()
            .Select(r => new { r.Id, r.State, r.PreparedByName, r.CreatedAt, r.Criteria, r.FoundCount })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new ReconciliationRunSummary(r.Id, r.State, r.PreparedByName, r.CreatedAt, r.Criteria.Describe(), r.FoundCount))];
    }
}
