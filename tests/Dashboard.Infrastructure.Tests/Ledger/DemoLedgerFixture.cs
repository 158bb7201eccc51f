using Dashboard.Infrastructure.DemoWorld;
using Dashboard.Infrastructure.Ledger;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dashboard.Infrastructure.Tests.Ledger;

/// <summary>A demo ledger of 5,000 transactions (the story's 847 stuck among them) in a SQLite file of its own.</summary>
public sealed class DemoLedgerFixture : IAsyncLifetime
{
    /// <summary>Now, to the minute: the sandbox judges authorisation expiry by the real clock.</summary>
    public static readonly DateTimeOffset Anchor = ToTheMinute(DateTimeOffset.UtcNow);
    private readonly string _folder = Directory.CreateTempSubdirectory("ledger-tests-").FullName;

    public DemoLedger World { get; } = DemoLedgerGenerator.Generate(Anchor, 5_000);
    public string ConnectionString => $"Data Source={Path.Combine(_folder, "ledger.db")};Pooling=false";

    public EfLedger Ledger(bool allowWrites = false) =>
        new(new Factory(ConnectionString), Options.Create(new LedgerOptions { AllowWrites = allowWrites }), TimeProvider.System);

    private static DateTimeOffset ToTheMinute(DateTimeOffset time) => new(time.UtcTicks - time.UtcTicks % TimeSpan.TicksPerMinute, TimeSpan.Zero);

    public async Task InitializeAsync()
    {
        await using var db = new Factory(ConnectionString).CreateDbContext();
        await db.Database.MigrateAsync();
        await DemoLedgerSeeder.SeedLedgerAsync(db, World, CancellationToken.None);
    }

    public Task DisposeAsync()
    {
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
        return Task.CompletedTask;
    }

    private sealed class Factory(string connectionString) : IDbContextFactory<LedgerDbContext>
    {
        public LedgerDbContext CreateDbContext() =>
            new SqliteLedgerDbContext(new DbContextOptionsBuilder<SqliteLedgerDbContext>().UseSqlite(connectionString).Options);
    }
}
