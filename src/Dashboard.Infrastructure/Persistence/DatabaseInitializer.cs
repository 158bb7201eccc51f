using Dashboard.Infrastructure.DemoWorld;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Dashboard.Infrastructure.Persistence;

/// <summary>
/// Brings the database to the current schema and seeds the demo world. A database that cannot be reached is
/// logged, not fatal: the dashboard stays live and /healthz/ready reports it until it comes back.
/// </summary>
public sealed class DatabaseInitializer(
    IDbContextFactory<DashboardDbContext> contextFactory,
    IOptions<DatabaseOptions> options,
    DemoWorldSeeder seeder,
    ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(bool seedDemoWorld, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var migrate = settings.ParsedProvider == DatabaseProvider.Sqlite || settings.MigrateOnStart;
        try
        {
            await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
            if (migrate)
            {
                EnsureSqliteFolder(db);
                await db.Database.MigrateAsync(cancellationToken);
            }
            if (seedDemoWorld && await seeder.SeedIfEmptyAsync(db, cancellationToken))
                logger.LogInformation("Seeded the demo world and its demo accounts into an empty database");
            else if (seedDemoWorld && await seeder.UpdateDemoAccountsAsync(db, cancellationToken) is > 0 and var updated)
                logger.LogInformation("Brought {Count} demo accounts up to date (added, or given their teams)", updated);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError("The dashboard database could not be prepared ({Provider}): {Reason}. The dashboard keeps running; /healthz/ready reports the database as unhealthy until it is reachable.",
                settings.ParsedProvider, ex.GetBaseException().Message);
        }
    }

    private static void EnsureSqliteFolder(DashboardDbContext db)
    {
        if (db is not SqliteDashboardDbContext) return;
        var dataSource = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
    }
}
