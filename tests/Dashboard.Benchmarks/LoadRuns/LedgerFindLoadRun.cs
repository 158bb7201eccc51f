using System.Diagnostics;
using System.Globalization;
using Dashboard.Infrastructure.Ledger;
using Microsoft.Extensions.Options;

namespace Dashboard.Benchmarks.LoadRuns;

/// <summary>
/// Issue 10's Find figure without BenchmarkDotNet's rebuild: the operator's Find (count + a 50-row sample) over a SQLite ledger
/// of 1,000,000 transactions, seeded once into a cached file (<see cref="CachedLedger"/>), each query run
/// <c>iterations</c> times after two warm-ups; p50 and p95 per query. Target: under 2 s. Run in Release:
/// <c>dotnet run -c Release --project tests/Dashboard.Benchmarks -- load ledger-find [--transactions 1000000] [--iterations 20]</c>.
/// </summary>
public static class LedgerFindLoadRun
{
    public const string Command = "ledger-find";
    private const int WarmUps = 2;
    private static readonly TimeSpan Target = TimeSpan.FromSeconds(2);

    public static async Task<int> RunAsync(int transactions, int iterations)
    {
        var cached = await CachedLedger.OpenAsync(transactions, Console.Out);
        var ledger = new EfLedger(cached, Options.Create(new LedgerOptions()), TimeProvider.System);
        var met = true;
        Console.WriteLine($"Find over {transactions:N0} transactions, {iterations} runs each (count + a {LedgerFindQueries.Sample}-row sample):");
        foreach (var (name, criteria) in LedgerFindQueries.All(cached))
        {
            var times = new List<TimeSpan>(iterations);
            long count = 0;
            for (var run = 0; run < WarmUps + iterations; run++)
            {
                var started = Stopwatch.GetTimestamp();
                count = (await ledger.FindAsync(criteria, cached.Anchor, LedgerFindQueries.Sample)).Count;
                if (run >= WarmUps) times.Add(Stopwatch.GetElapsedTime(started));
            }
            var sorted = times.Order().ToList();
            var (p50, p95) = (Percentile(sorted, 50), Percentile(sorted, 95));
            met &= p95 < Target;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {name,-36} {count,9} found   p50 {p50.TotalMilliseconds,8:F1} ms   p95 {p95.TotalMilliseconds,8:F1} ms   max {sorted[^1].TotalMilliseconds,8:F1} ms"));
        }
        Console.WriteLine(met ? "Every query's p95 is under 2 s." : "A query's p95 is over 2 s.");
        return met ? 0 : 1;
    }

    /// <summary>Nearest rank, as <see cref="PercentileColumn"/>.</summary>
    private static TimeSpan Percentile(List<TimeSpan> sorted, int percentile) => sorted[Math.Max(0, (int)Math.Ceiling(percentile / 100.0 * sorted.Count) - 1)];
}
