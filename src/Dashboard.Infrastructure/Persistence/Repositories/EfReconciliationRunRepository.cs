using Dashboard.Application.Reconciliation;
using Dashboard.Domain.Reconciliation;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Infrastructure.Persistence.Repositories;

internal sealed class EfReconciliationRunRepository(DashboardDbContext db) : IReconciliationRunRepository
{
    // The transactions and events are owned, so they load with the run; split queries keep the run's row from repeating per transaction.
    public Task<ReconciliationRun?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.ReconciliationRuns.AsSplitQuery().SingleOrDefaultAsync(r => r.Id == id, cancellationToken);

    public void Add(ReconciliationRun run) => db.ReconciliationRuns.Add(run);
}
