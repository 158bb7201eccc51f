using Dashboard.Application.Persistence;
using Dashboard.Infrastructure.Persistence.Audit;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Infrastructure.Persistence;

internal sealed class EfUnitOfWorkFactory(IDbContextFactory<DashboardDbContext> contexts, AuditWriter auditWriter) : IUnitOfWorkFactory
{
    public async Task<IUnitOfWork> BeginAsync(CancellationToken cancellationToken) =>
        new EfUnitOfWork(await contexts.CreateDbContextAsync(cancellationToken), auditWriter);
}
