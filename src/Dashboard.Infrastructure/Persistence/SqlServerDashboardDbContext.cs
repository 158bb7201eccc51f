using Dashboard.Infrastructure.ConfigStores;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Infrastructure.Persistence;

/// <summary>SQL Server / Azure SQL in production; its migrations live in Migrations/SqlServer.</summary>
public sealed class SqlServerDashboardDbContext(DbContextOptions<SqlServerDashboardDbContext> options) : DashboardDbContext(options)
{
    /// <summary>Keys and labels are case-sensitive in App Configuration; SQL Server's default collation is not (SQLite's is).</summary>
    public const string OrdinalCollation = "Latin1_General_100_BIN2";

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<LocalKeyValue>(kv =>
        {
            kv.Property(k => k.Key).UseCollation(OrdinalCollation);
            kv.Property(k => k.Label).UseCollation(OrdinalCollation);
        });
        modelBuilder.Entity<LocalKeyValueRevision>(revision =>
        {
            revision.Property(r => r.Key).UseCollation(OrdinalCollation);
            revision.Property(r => r.Label).UseCollation(OrdinalCollation);
        });
    }
}
