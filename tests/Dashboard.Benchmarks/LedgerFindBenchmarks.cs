using BenchmarkDotNet.Attributes;
using Dashboard.Domain.Reconciliation;
using Dashboard.Infrastructure.DemoWorld;
using Dashboard.Infrastructure.Ledger;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dashboard.Benchmarks;

/// <summary>
/// Find over a 1,000,000-transaction SQLite ledger (the demo generator at scale, indexes from the ledger's migration).
/// Target: under 2 s per find (count + a 50-row sample).
/// Run: dotnet run -c Release --project tests/Dashboard.Benchmarks -- --filter '*LedgerFind*'
/// </summary>
[MemoryDiagnoser]
public class LedgerFindBenchmarks
{
    private const int Transactions = 1_000_000;
    private string _folder = "";
    private EfLedger _ledger = null!;
    private DemoLedger _world = null!;
    private DateTimeOffset _now;

    [GlobalSetup]
    public void Setup()
    {
        _folder = Directory.CreateTempSubdirectory("ledger-bench-").FullName;
        _now = DateTimeOffset.UtcNow;
        _world = DemoLedgerGenerator.Generate(_now, Transactions);
        var factory = new Factory($"Data Source={Path.Combine(_folder, "ledger.db")}");
        using (var db = factory.CreateDbContext())
        {
            db.Database.Migrate();
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            DemoLedgerSeeder.SeedLedgerAsync(db, _world, CancellationToken.None).GetAwaiter().GetResult();
            Console.WriteLine($"// Seeded {Transactions} transactions in {System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalSeconds:0.0} s");
        }
        _ledger = new EfLedger(factory, Options.Create(new LedgerOptions()), TimeProvider.System);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Description = "stuck states older than 15 min")]
    public Task<LedgerFindResult> StuckStates() =>
        _ledger.FindAsync(ReconciliationCriteria.Create([LedgerState.Pending, LedgerState.Authorized], olderThanMinutes: 15), _now, 50);

    [Benchmark(Description = "outage window, any state")]
    public Task<LedgerFindResult> OutageWindow() =>
        _ledger.FindAsync(ReconciliationCriteria.Create(from: _world.OutageStart, to: _world.OutageEnd), _now, 50);

    [Benchmark(Description = "30 days, currency and amount range")]
    public Task<LedgerFindResult> CurrencyAndAmount() =>
        _ledger.FindAsync(ReconciliationCriteria.Create(from: _now.AddDays(-30), to: _now, minAmount: 1000, maxAmount: 5000, currency: "gbp"), _now, 50);

    private sealed class Factory(string connectionString) : IDbContextFactory<LedgerDbContext>
    {
        public LedgerDbContext CreateDbContext() =>
            new SqliteLedgerDbContext(new DbContextOptionsBuilder<SqliteLedgerDbContext>().UseSqlite(connectionString).Options);
    }
}
