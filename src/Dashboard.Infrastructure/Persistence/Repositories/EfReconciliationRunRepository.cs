using Dashboard.Application.Persistence;
using Dashboard.Application.Reconciliation;
using Dashboard.Domain.Reconciliation;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Infrastructure.Persistence.Repositories;

internal sealed class EfReconciliationRunRepository(DashboardDbContext db) : IReconciliationRunRepository
{
    // Stored as "[]": a transaction without steps waits, agrees or is excluded, so execution has nothing to do for it.
    internal static readonly List<ItemStep> NoSteps = [];

    // The transactions and events are owned, so they load with the run; split queries keep the run's row from repeating per transaction.
    public Task<ReconciliationRun?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.ReconciliationRuns.AsSplitQuery().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);

    public async Task<ReconciliationRun?> FindForItemsAsync(Guid id, IReadOnlyCollection<int> positions, CancellationToken cancellationToken)
    {
        var wanted = positions.Distinct().ToList();
        var other = await Executing(id, cancellationToken) ? await AnotherToActAsync(id, wanted, cancellationToken) : null;
        if (other is not { } another) return await FindAsync(id, cancellationToken);
        wanted.Add(another);

        // A filtered include of an owned collection loads only those rows; the run never saves what it did not load.
        var run = await db.ReconciliationRuns.AsSplitQuery()
            .Include(r => r.Items.Where(i => wanted.Contains(i.Position)))
            .SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        // Only an operator's pause or cancel can come between the two reads (the lease holder alone acts on transactions).
        if (run is null || run.State != ReconciliationRunState.Executing || run.Items.SingleOrDefault(i => i.Position == another) is not { Resolution: null })
            throw new ConcurrentChangeException($"Run {id} changed while its transactions were read; the next attempt reads it again.");
        run.LoadedForOneStep();
        return run;
    }

    /// <summary>
    /// A transaction still to act on besides <paramref name="wanted"/>, so the run is not taken for finished. Workers take them
    /// in plan order, so one almost always follows the batch: looking there first reads a row or two, where a scan from the
    /// start would step over every transaction already done, ever more of them as the run goes on.
    /// </summary>
    private async Task<int?> AnotherToActAsync(Guid id, List<int> wanted, CancellationToken cancellationToken)
    {
        var last = wanted.Max();
        return await ToAct(id).Where(i => i.Position > last).OrderBy(i => i.Position).Select(i => (int?)i.Position).FirstOrDefaultAsync(cancellationToken)
            ?? await ToAct(id).Where(i => i.Position < last && !wanted.Contains(i.Position)).OrderBy(i => i.Position).Select(i => (int?)i.Position).FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ReconciliationItem>> PendingItemsAsync(Guid id, int afterPosition, int take, CancellationToken cancellationToken) =>
        await Executing(id, cancellationToken)
            ? await ToAct(id).AsNoTracking().Where(i => i.Position > afterPosition).OrderBy(i => i.Position).Take(take).ToListAsync(cancellationToken)
            : [];

    public Task<bool> AwaitsGatewayAsync(Guid id, CancellationToken cancellationToken) =>
        db.ReconciliationRuns.Where(r => r.Id == id).AnyAsync(ReconciliationRunFilters.AwaitingGateway, cancellationToken);

    public void Add(ReconciliationRun run) => db.ReconciliationRuns.Add(run);

    private Task<bool> Executing(Guid id, CancellationToken cancellationToken) =>
        db.ReconciliationRuns.AnyAsync(r => r.Id == id && r.State == ReconciliationRunState.Executing, cancellationToken);

    /// <summary>The run's transactions with steps and no outcome yet.</summary>
    private IQueryable<ReconciliationItem> ToAct(Guid id) =>
        db.ReconciliationRuns.Where(r => r.Id == id).SelectMany(r => r.Items)
            .Where(i => i.Resolution == null && EF.Property<List<ItemStep>>(i, "_steps") != NoSteps);
}
