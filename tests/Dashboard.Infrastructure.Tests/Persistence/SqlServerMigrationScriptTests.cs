using Dashboard.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Dashboard.Infrastructure.Tests.Persistence;

/// <summary>No SQL Server runs here, so the production path is kept honest by generating its idempotent script.</summary>
public class SqlServerMigrationScriptTests
{
    [Fact]
    public void IdempotentScript_CreatesEveryTableGuardedByTheMigrationsHistory()
    {
        using var db = new SqlServerDesignTimeFactory().CreateDbContext([]);

        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        Assert.Contains("IF NOT EXISTS (\n    SELECT * FROM [__EFMigrationsHistory]", script.ReplaceLineEndings("\n"));
        foreach (var table in new[] { "Environments", "Services", "ServiceEndpoints", "Resources", "Dependencies", "ConfigStores", "ConfigStoreBindings", "LocalAccounts", "DataProtectionKeys", "LocalKeyValues", "LocalKeyValueRevisions", "Proposals", "ProposalEvents", "AuditEntries", "BypassedChanges", "StoreSnapshots", "StoreSnapshotEntries", "Leases", "Incidents", "ReconciliationRuns" })
            Assert.Contains($"CREATE TABLE [{table}]", script);
        Assert.Contains("nvarchar(", script);
    }

    [Fact]
    public void BothProviders_HaveTheSameMigrations()
    {
        using var sqlServer = new SqlServerDesignTimeFactory().CreateDbContext([]);
        using var sqlite = new SqliteDesignTimeFactory().CreateDbContext([]);

        static IEnumerable<string> Names(DbContext db) => db.Database.GetMigrations().Select(m => m[(m.IndexOf('_') + 1)..]);

        Assert.NotEmpty(Names(sqlServer));
        Assert.Equal(Names(sqlServer), Names(sqlite));
    }

    [Fact]
    public void SqlServerModel_HasNoPendingChangesAgainstItsMigrations()
    {
        using var db = new SqlServerDesignTimeFactory().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges(), "The model changed without a SQL Server migration: run dotnet ef migrations add for SqlServerDashboardDbContext.");
    }

    [Fact]
    public void SqliteModel_HasNoPendingChangesAgainstItsMigrations()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);

        Assert.False(db.Database.HasPendingModelChanges(), "The model changed without a SQLite migration: run dotnet ef migrations add for SqliteDashboardDbContext.");
    }
}
