using Dashboard.Infrastructure.Persistence;
using Dashboard.Infrastructure.Tests.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Dashboard.Infrastructure.Tests.ConfigStores;

/// <summary>
/// Contexts whose first save lets another writer change the database first: a store reading through this factory
/// has read the setting, and its write reaches the database only after the other writer's. This is the race two
/// users can hit, made certain instead of likely.
/// </summary>
internal sealed class InterleavingContextFactory : IDbContextFactory<DashboardDbContext>
{
    private readonly DbContextOptions<SqliteDashboardDbContext> _options;

    public InterleavingContextFactory(SqliteTestDatabase database, Func<Task> otherWriter) =>
        _options = new DbContextOptionsBuilder<SqliteDashboardDbContext>()
            .UseSqlite(database.ConnectionString)
            .AddInterceptors(new FirstSaveInterceptor(otherWriter))
            .Options;

    public DashboardDbContext CreateDbContext() => new SqliteDashboardDbContext(_options);

    private sealed class FirstSaveInterceptor(Func<Task> otherWriter) : SaveChangesInterceptor
    {
        private int _saves;

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
            DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (Interlocked.Increment(ref _saves) == 1)
                await otherWriter();
            return result;
        }
    }
}
