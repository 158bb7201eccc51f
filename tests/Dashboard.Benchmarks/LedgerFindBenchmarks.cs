using BenchmarkDotNet.Attributes;
using Dashboard.Domain.Reconciliation;
using Dashboard.Infrastructure.Ledger;
using Microsoft.Extensions.Options;

namespace Dashboard.Benchmarks;

/// <summary>
/// Find over a 1,000,000-transaction SQLite ledger (the demo generator at scale, indexes from the ledger's migration), seeded
/// once into a cached file (<see cref="CachedLedger"/>) that later runs reuse. Target: under 2 s per find (count + a 50-row sample),
/// for every shape in <see cref="LedgerFindQueries"/>.
/// Run: dotnet run -c Release --project tests/Dashboard.Benchmarks -- --filter '*LedgerFind*'; the same queries with p50/p95
/// and no rebuild: dotnet run -c Release --project tests/Dashboard.Benchmarks -- load ledger-find.
/// </summary>
[MemoryDiagnoser]
public class LedgerFindBenchmarks
{
    private const int Transactions = 1_000_000;
    private EfLedger _ledger = null!;
    private CachedLedger _cached = null!;
    private ReconciliationCriteria _criteria = null!;

    [GlobalSetup]
    public void Setup()
    {
        _cached = CachedLedger.OpenAsync(Transactions, Console.Out).GetAwaiter().GetResult();
        _ledger = new EfLedger(_cached, Options.Create(new LedgerOptions()), TimeProvider.System);
        _criteria = LedgerFindQueries.All(_cached).Single(q => q.Name == Shape).Criteria;
    }

    [GlobalCleanup]
    public void Cleanup() => Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

    /// <summary>The shape measured: a name from <see cref="LedgerFindQueries.All"/>.</summary>
    [ParamsSource(nameof(Shapes))]
    public string Shape { get; set; } = "";

    // Names only: BenchmarkDotNet lists the parameters before any ledger is open; Setup builds the criteria for the real one.
    public static IEnumerable<string> Shapes => LedgerFindQueries.All(new CachedLedger("", DateTimeOffset.UnixEpoch)).Select(q => q.Name);

    [Benchmark(Description = "Find: count + sample")]
    public Task<LedgerFindResult> Find() => _ledger.FindAsync(_criteria, _cached.Anchor, LedgerFindQueries.Sample);
}
