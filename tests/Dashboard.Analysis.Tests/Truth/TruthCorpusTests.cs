using System.Globalization;
using System.Text;
using Dashboard.Analysis.Catalog;
using Dashboard.Analysis.Scanning;
using Dashboard.Domain.BlastRadius;
using Xunit.Abstractions;

namespace Dashboard.Analysis.Tests.Truth;

/// <summary>
/// The scanner against TruthCorpus/: small services written the way real ones are (console apps built from a
/// ConfigurationBuilder, Azure Functions, MVC with tag helpers, Blazor, variants, Key Vault, push refresh, typed and
/// named HttpClients with each retry style, a half-written file, a loose script) and expected.json, what a careful
/// reader finds in them. Reports precision and recall per category; fails on any false positive or a recall below 95 %.
/// </summary>
public sealed class TruthCorpusTests(ITestOutputHelper output)
{
    public const double MinimumRecall = 0.95;

    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "TruthCorpus");

    [Fact]
    public async Task ScanAsync_TruthCorpus_FindsWhatIsThereAndNothingElse()
    {
        var scan = await new SourceScanner().ScanAsync(Root, null, CancellationToken.None);
        var catalog = BackstageCatalogReader.ReadPath(Path.Combine(Root, "catalog-info.yaml"));
        var radius = BlastRadiusPreview.Analyze(ProposedChange.AnyChange("catalog", "Orders:Sentinel", null), "production", false,
            new Dictionary<string, string?> { ["production"] = null }, [], scan, catalog.Catalog, validatedInStaging: true);
        var actual = TruthFacts.From(scan, radius.CodeCalls);
        var expected = TruthFacts.Load(await File.ReadAllTextAsync(Path.Combine(Root, "expected.json")));

        var report = new StringBuilder().AppendLine("category             expected  found  false+  missed  precision  recall");
        var failures = new List<string>();
        foreach (var category in expected.Keys.Union(actual.Keys).Order(StringComparer.Ordinal))
        {
            var wanted = expected.GetValueOrDefault(category) ?? [];
            var found = actual.GetValueOrDefault(category) ?? [];
            var truePositives = found.Count(wanted.Contains);
            var falsePositives = found.Where(f => !wanted.Contains(f)).Order(StringComparer.Ordinal).ToList();
            var missed = wanted.Where(w => !found.Contains(w)).Order(StringComparer.Ordinal).ToList();
            var precision = found.Count == 0 ? 1 : (double)truePositives / found.Count;
            var recall = wanted.Count == 0 ? 1 : (double)truePositives / wanted.Count;
            report.AppendLine(CultureInfo.InvariantCulture,
                $"{category,-20} {wanted.Count,8} {found.Count,6} {falsePositives.Count,7} {missed.Count,7} {precision,10:P0} {recall,7:P0}");
            failures.AddRange(falsePositives.Select(f => $"false positive in {category}: {f}"));
            if (recall < MinimumRecall)
                failures.AddRange(missed.Select(m => $"missed in {category} (recall {recall:P0}): {m}"));
        }
        output.WriteLine(report.ToString());
        foreach (var failure in failures)
            output.WriteLine(failure);

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }
}
