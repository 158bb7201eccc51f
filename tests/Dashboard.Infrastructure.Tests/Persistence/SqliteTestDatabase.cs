using Dashboard.Infrastructure.ConfigStores;
using Dashboard.Infrastructure.DemoWorld;
using Dashboard.Infrastructure.Persistence;
using Dashboard.Infrastructure.Persistence.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Dashboard.Infrastructure.Tests.Persistence;

/// <summary>A fresh SQLite file per test, migrated through the same initializer the host uses.</summary>
internal sealed class SqliteTestDatabase : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "dashboard-tests", Guid.NewGuid().ToString("N"));

    public SqliteTestDatabase()
    {
        Options = new DatabaseOptions { Provider = "Sqlite", DataFolder = _folder };
        ConnectionString = Options.ResolveConnectionString() + ";Pooling=False";
        var contextOptions = new DbContextOptionsBuilder<SqliteDashboardDbContext>().UseSqlite(ConnectionString).Options;
        Factory = new TestFactory(contextOptions);
        Accounts = new LocalAccountStore(Factory);
        ConfigStores = new LocalConfigStoreRegistry(Factory, TimeProvider.System);
        Initializer = new DatabaseInitializer(Factory, Microsoft.Extensions.Options.Options.Create(Options),
            new DemoWorldSeeder(Accounts, ConfigStores, TimeProvider.System), NullLogger<DatabaseInitializer>.Instance);
    }

    public DatabaseOptions Options { get; }
    public string ConnectionString { get; }
    public IDbContextFactory<DashboardDbContext> Factory { get; }
    public LocalAccountStore Accounts { get; }
    public LocalConfigStoreRegistry ConfigStores { get; }
    public DatabaseInitializer Initializer { get; }
    public string FilePath => Path.Combine(_folder, "dashboard.db");

    /// <summary>A new file, migrated and empty.</summary>
    public static async Task<SqliteTestDatabase> MigratedAsync()
    {
        var database = new SqliteTestDatabase();
        await database.Initializer.InitializeAsync(seedDemoWorld: false, CancellationToken.None);
        return database;
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    private sealed class TestFactory(DbContextOptions<SqliteDashboardDbContext> options) : IDbContextFactory<DashboardDbContext>
    {
        public DashboardDbContext CreateDbContext() => new SqliteDashboardDbContext(options);
    }
}
