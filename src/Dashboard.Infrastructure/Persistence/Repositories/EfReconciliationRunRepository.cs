using Dashboard.Application.Persistence;
using Dashboard.Application.Reconciliation;
using Dashboard.Domain.Reconciliation;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Infrastructure.Persistence.Repositories;

internal sealed class EfReconciliationRunRepository(DashboardDbContext db) : IReconciliationRunRepository
{
    /// <summary>Enough to act on one transaction and to know that another remains, so the step cannot complete the run.</summary>
    private const int StepWindow = 2;

    // Stored as "[]": a transaction without steps waits, agrees or is excluded, so execution has nothing to do for it.
    private static readonly List<ItemStep> NoSteps = [];

    // The transactions and events are owned, so they load with the run; split queries keep the run's row from repeating per transaction.
    public Task<ReconciliationRun?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.ReconciliationRuns.AsSplitQuery().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);

    public async Task<ReconciliationRun?> FindForStepAsync(Guid id, CancellationToken cancellationToken)
    {
        var executing = await db.ReconciliationRuns.AnyAsync(r => r.Id == id && r.State == ReconciliationRunState.Executing, cancellationToken);
        var next = executing
            ? await db.ReconciliationRuns.Where(r => r.Id == id).SelectMany(r => r.Items)
                .Where(i => i.Resolution == null && EF.Property<List<ItemStep>>(i, "_steps") != NoSteps)
                .OrderBy(i => i.Position).Select(i => i.Position).Take(StepWindow).ToListAsync(cancellationToken)
            : [];
        if (next.Count < StepWindow) return await FindAsync(id, cancellationToken);

        // A filtered include of an owned collection loads only those rows; the run never saves what it did not load.
        var run = await db.ReconciliationRuns.AsSplitQuery()
            .Include(r => r.Items.Where(i => next.Contains(i.Position)))
            .SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        // Only an operator's pause or cancel can come between the two reads (the lease holder alone acts on transactions).
        if (run is null || run.State != ReconciliationRunState.Executing || run.Items.Count(i => i.IsActionable && i.Resolution is null) < StepWindow)
            throw new ConcurrentChangeException($"Run {id} changed while its next step was read; the next attempt reads it again.");
        run.LoadedForOneStep();
        return run;
    }

    public void Add(ReconciliationRun run) => db.ReconciliationRuns.Add(run);
}
