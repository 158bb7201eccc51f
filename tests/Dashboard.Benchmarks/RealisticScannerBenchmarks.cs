using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Dashboard.Analysis.Scanning;

namespace Dashboard.Benchmarks;

/// <summary>
/// The source scanner over realistic code: the truth corpus copied until it holds 20,000 and 100,000 lines, beside
/// the generated fleet of <see cref="ScannerBenchmarks"/> (whose business code is mostly plain methods and scans
/// faster). Target: a 20,000-line repository under 3 s end to end through the command line, start-up included;
/// this measures the scan itself, warm.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(CorpusConfig))]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class RealisticScannerBenchmarks
{
    [Params(20_000, 100_000)]
    public int Lines { get; set; }

    private readonly SourceScanner _scanner = new();
    private string _root = "";

    [GlobalSetup]
    public async Task WriteCorpusAsync()
    {
        _root = Path.Combine(Path.GetTempPath(), $"dashboard-realistic-corpus-{Lines}");
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
        var corpus = RealisticCorpus.WriteTo(_root, Lines);
        var result = await _scanner.ScanAsync(_root, null, CancellationToken.None);
        Console.WriteLine($"// corpus: {_root}: {corpus.Copies} copies, {corpus.Lines:N0} lines; scan found {result.Services.Count} services, "
            + $"{result.Services.Sum(s => s.Reads.Count):N0} reads, {result.Services.Sum(s => s.FeatureFlagReads.Count):N0} flag checks, "
            + $"{result.Services.Sum(s => s.HttpClients.Count):N0} HttpClients, {result.Diagnostics.Count} diagnostics");
    }

    [GlobalCleanup]
    public void DeleteCorpus() => Directory.Delete(_root, recursive: true);

    [Benchmark]
    public async Task<int> ScanRealisticCorpus()
    {
        var result = await _scanner.ScanAsync(_root, null, CancellationToken.None);
        return result.Services.Count;
    }

    private sealed class CorpusConfig : ManualConfig
    {
        public CorpusConfig() => AddColumn(new RealisticLinesPerSecondColumn());
    }
}
