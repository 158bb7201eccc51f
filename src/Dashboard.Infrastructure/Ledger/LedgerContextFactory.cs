using Microsoft.EntityFrameworkCore;

namespace Dashboard.Infrastructure.Ledger;

/// <summary>Hands out the provider's own ledger context (which knows its migrations) as the common <see cref="LedgerDbContext"/>.</summary>
internal sealed class LedgerContextFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<LedgerDbContext>
    where TContext : LedgerDbContext
{
    public LedgerDbContext CreateDbContext() => inner.CreateDbContext();

    public async Task<LedgerDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
        await inner.CreateDbContextAsync(cancellationToken);
}
