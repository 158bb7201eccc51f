using Dashboard.Analysis.Scanning;
using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;

namespace Dashboard.Benchmarks;

/// <summary>
/// The source scanner over a monorepo-sized fleet: 200 services, 2,000 C# files, about 300,000 lines. Target: one
/// scan under 30 s. The baseline is what people do without the scanner, <c>grep -rn -E</c> for the same API names,
/// so the Ratio column reads "scanner time / grep time".
/// </summary>
[MemoryDiagnoser]
[Config(typeof(CorpusConfig))]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class ScannerBenchmarks
{
    public const int Seed = 20260127;
    public const int ServiceCount = 200;
    public const int FilesPerService = 10;
    public const int AverageLinesPerFile = 150;

    // The calls the scanner looks for, as a text search would look for them.
    private const string KeyPatterns =
        @"AddAzureAppConfiguration|\.Select\(|ConfigureRefresh|\.Register(All)?\(|UseFeatureFlags|Configuration\[|GetValue<|GetSection\(|"
        + @"GetConnectionString\(|Configure<|OnChange\(|AddHttpClient|RetryAsync\(|AddStandardResilienceHandler|MapHealthChecks\(";

    private readonly string _root = Path.Combine(Path.GetTempPath(), $"dashboard-scan-corpus-{Seed}");
    private readonly SourceScanner _scanner = new();

    public static SourceCorpus CreateCorpus() => new(Seed, ServiceCount, FilesPerService, AverageLinesPerFile);

    [GlobalSetup]
    public async Task WriteCorpusAsync()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
        var corpus = CreateCorpus();
        corpus.WriteTo(_root);
        var result = await _scanner.ScanAsync(_root, null, CancellationToken.None);
        Console.WriteLine($"// corpus: {_root}: {corpus.SourceFileCount:N0} C# files, {corpus.Lines:N0} lines; scan found "
            + $"{result.Services.Count} services, {result.Services.Sum(s => s.Reads.Count):N0} reads, "
            + $"{result.Services.Sum(s => s.Findings.Count):N0} findings, {result.Diagnostics.Count} diagnostics");
        Console.WriteLine($"// grep matches: {await GrepKeyPatternsAsync():N0} lines");
    }

    [GlobalCleanup]
    public void DeleteCorpus() => Directory.Delete(_root, recursive: true);

    [Benchmark]
    public async Task<int> ScanCorpus()
    {
        var result = await _scanner.ScanAsync(_root, null, CancellationToken.None);
        return result.Services.Count;
    }

    [Benchmark(Baseline = true)]
    public async Task<int> GrepKeyPatternsAsync()
    {
        var start = new ProcessStartInfo("grep") { RedirectStandardOutput = true };
        foreach (var argument in new[] { "-rn", "-E", "--include=*.cs", KeyPatterns, _root })
            start.ArgumentList.Add(argument);
        using var grep = Process.Start(start)!;
        var lines = 0;
        while (await grep.StandardOutput.ReadLineAsync() is not null)
            lines++;
        await grep.WaitForExitAsync();
        return lines;
    }

    private sealed class CorpusConfig : ManualConfig
    {
        public CorpusConfig() => AddColumn(new LinesPerSecondColumn(CreateCorpus().Lines));
    }
}
