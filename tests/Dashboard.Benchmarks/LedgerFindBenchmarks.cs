using BenchmarkDotNet.Attributes;
using Dashboard.Domain.Reconciliation;
using Dashboard.Infrastructure.Ledger;
using Microsoft.Extensions.Options;

namespace Dashboard.Benchmarks;

/// <summary>
/// Find over a 1,000,000-transaction SQLite ledger (the demo generator at scale, indexes from the ledger's migration), seeded
/// once into a cached file (<see cref="CachedLedger"/>) that later runs reuse. Target: under 2 s per find (count + a 50-row sample).
/// Run: dotnet run -c Release --project tests/Dashboard.Benchmarks -- --filter '*LedgerFind*'; the same queries with p50/p95
/// and no rebuild: dotnet run -c Release --project tests/Dashboard.Benchmarks -- load ledger-find.
/// </summary>
[MemoryDiagnoser]
public class LedgerFindBenchmarks
{
    private const int Transactions = 1_000_000;
    private EfLedger _ledger = null!;
    private CachedLedger _cached = null!;

    [GlobalSetup]
    public void Setup()
    {
        _cached = CachedLedger.OpenAsync(Transactions, Console.Out).GetAwaiter().GetResult();
        _ledger = new EfLedger(_cached, Options.Create(new LedgerOptions()), TimeProvider.System);
    }

    [GlobalCleanup]
    public void Cleanup() => Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

    [Benchmark(Description = "stuck states older than 15 min")]
    public Task<LedgerFindResult> StuckStates() => _ledger.FindAsync(LedgerFindQueries.StuckStates, _cached.Anchor, LedgerFindQueries.Sample);

    [Benchmark(Description = "outage window, any state")]
    public Task<LedgerFindResult> OutageWindow() => _ledger.FindAsync(LedgerFindQueries.OutageWindow(_cached), _cached.Anchor, LedgerFindQueries.Sample);

    [Benchmark(Description = "30 days, currency and amount range")]
    public Task<LedgerFindResult> CurrencyAndAmount() => _ledger.FindAsync(LedgerFindQueries.CurrencyAndAmount(_cached), _cached.Anchor, LedgerFindQueries.Sample);
}
