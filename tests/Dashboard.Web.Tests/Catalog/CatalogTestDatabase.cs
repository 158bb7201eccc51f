using Dashboard.Infrastructure.DemoWorld;
using Dashboard.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Tests.Catalog;

/// <summary>A migrated SQLite file holding the demo catalog, so the page's edits go through the real editor and importer.</summary>
internal sealed class CatalogTestDatabase : IDbContextFactory<DashboardDbContext>, IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "dashboard-web-tests", Guid.NewGuid().ToString("N"));
    private readonly DbContextOptions<SqliteDashboardDbContext> _options;

    public CatalogTestDatabase()
    {
        Directory.CreateDirectory(_folder);
        _options = new DbContextOptionsBuilder<SqliteDashboardDbContext>()
            .UseSqlite($"Data Source={Path.Combine(_folder, "dashboard.db")};Pooling=False").Options;
        using var db = CreateDbContext();
        db.Database.Migrate();
        CatalogRepository.AddTo(db, DemoCatalog.Build());
        db.SaveChanges();
    }

    public DashboardDbContext CreateDbContext() => new SqliteDashboardDbContext(_options);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}
