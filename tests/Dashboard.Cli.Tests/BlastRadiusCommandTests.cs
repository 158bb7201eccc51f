using System.Text.Json;

namespace Dashboard.Cli.Tests;

public sealed class BlastRadiusCommandTests : IDisposable
{
    // The demo world's services (shipped with the dashboard) described the Backstage way, with their retry policies.
    internal const string Catalog = """
        kind: Component
        metadata:
          name: billing-api
          annotations:
            dashboard/source-path: billing-api
        spec:
          owner: payments
        ---
        kind: Component
        metadata:
          name: invoice-renderer
          annotations:
            dashboard/source-path: invoice-renderer
        spec:
          owner: documents
        ---
        kind: Component
        metadata:
          name: frontend
          annotations:
            dashboard/source-path: frontend
            dashboard/retry.billing-api: attempts=3, backoff=none, timeout=10s
        spec:
          owner: web-experience
          dependsOn: [component:billing-api]
        ---
        kind: Component
        metadata:
          name: order-processing
          annotations:
            dashboard/source-path: order-processing
            dashboard/retry.billing-api: attempts=5, backoff=exponential, timeout=10s, circuitBreaker=true
        spec:
          owner: fulfilment
          dependsOn: [component:billing-api]
        """;

    private static readonly string Sources = Path.Combine(AppContext.BaseDirectory, "DemoWorld", "Sources");
    private readonly TempFolder _folder = new TempFolder().With("catalog-info.yaml", Catalog);

    [Fact]
    public async Task TaxRateChange_Json_HasTheStorysRadius()
    {
        var output = await RunAsync("--key", "tax.rate.default", "--label", "production", "--value", "0.0825", "--json");

        Assert.Equal(0, output.ExitCode);
        var radius = JsonDocument.Parse(output.Stdout).RootElement;
        Assert.Equal("critical", radius.GetProperty("riskLevel").GetString());
        var affected = radius.GetProperty("affected").EnumerateArray().Select(a => a.GetProperty("service").GetString()).ToList();
        Assert.Contains("billing-api", affected);
        Assert.Contains("invoice-renderer", affected);
        var frontend = radius.GetProperty("downstream").EnumerateArray().Single(d => d.GetProperty("service").GetString() == "frontend");
        Assert.Equal(4, frontend.GetProperty("amplification").GetInt64());
    }

    [Fact]
    public async Task TaxRateChange_Text_PrintsTheTimelineAfterTheWriteInOrder()
    {
        var output = await RunAsync("--key", "tax.rate.default", "--label", "production", "--value", "0.0825");

        Assert.Equal(0, output.ExitCode);
        var lines = output.Stdout.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var start = lines.IndexOf("  after the write:");
        Assert.True(start > 0, output.Stdout);
        Assert.StartsWith("    t = 0: The new value of tax.rate.default is written in production", lines[start + 1]);
        Assert.StartsWith("    0–30 s: Within 30 s billing-api reloads all its configuration", lines[start + 2]);
        Assert.Contains(lines, l => l.StartsWith("      no live traffic figures for billing-api", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("high", 1)]
    [InlineData("critical", 1)]
    public async Task FailOn_AtOrBelowTheRiskLevel_Exits1AndSaysWhy(string failOn, int exitCode)
    {
        var output = await RunAsync("--key", "tax.rate.default", "--label", "production", "--value", "0.0825", "--fail-on", failOn);

        Assert.Equal(exitCode, output.ExitCode);
        Assert.Contains($"at or above --fail-on {failOn}", output.Stderr);
        Assert.Contains("risk critical", output.Stdout);
    }

    [Fact]
    public async Task KeyNobodyUses_IsLow_AndPassesTheGate()
    {
        var output = await RunAsync("--key", "Marketing:Banner:Text", "--value", "Hello", "--environment", "staging", "--fail-on", "medium");

        Assert.Equal(0, output.ExitCode);
        Assert.Contains("risk low", output.Stdout);
    }

    [Theory]
    [InlineData(new[] { "--key", "tax.rate.default", "--value", "1", "--delete" }, "Give either --value <new value> or --delete.")]
    [InlineData(new[] { "--key", "a%b", "--value", "1" }, "--key:")]
    [InlineData(new[] { "--key", "k", "--label", "prod*", "--value", "1" }, "--label:")]
    [InlineData(new[] { "--key", "k", "--value", "1", "--fail-on", "severe" }, "severe")]
    public async Task BadArguments_Exit2WithAMessage(string[] args, string expected)
    {
        var output = await RunAsync(args);

        Assert.Equal(2, output.ExitCode);
        Assert.Contains(expected, output.Stderr);
    }

    [Fact]
    public async Task KeyWithoutValueOrDelete_AnalysesAnyChangeToIt()
    {
        var output = await RunAsync("--key", "tax.rate.default", "--label", "production", "--json");

        Assert.Equal(0, output.ExitCode);
        var radius = JsonDocument.Parse(output.Stdout).RootElement;
        Assert.Equal("any-change", radius.GetProperty("change").GetString());
        Assert.Contains(radius.GetProperty("affected").EnumerateArray(), a => a.GetProperty("service").GetString() == "billing-api");
    }

    [Fact]
    public async Task DeleteOfAReadKey_IsNotLowAndNamesTheReaders()
    {
        var output = await RunAsync("--key", "tax.rate.default", "--label", "production", "--delete");

        Assert.Equal(0, output.ExitCode);
        Assert.StartsWith("deleting tax.rate.default [production]: risk ", output.Stdout);
        Assert.DoesNotContain("risk low", output.Stdout);
        Assert.Contains("affected invoice-renderer", output.Stdout);
    }

    [Fact]
    public async Task PlainCatalogWithoutRetryAnnotations_TakesRetriesFromTheCode()
    {
        using var plain = new TempFolder().With("catalog-info.yaml", Catalog
            .Replace("    dashboard/retry.billing-api: attempts=3, backoff=none, timeout=10s\n", "", StringComparison.Ordinal)
            .Replace("    dashboard/retry.billing-api: attempts=5, backoff=exponential, timeout=10s, circuitBreaker=true\n", "", StringComparison.Ordinal));

        var output = await Cli.RunAsync("blast-radius", "--catalog", plain.PathOf("catalog-info.yaml"), "--source", Sources,
            "--key", "tax.rate.default", "--label", "production", "--value", "0.0825", "--json");

        var radius = JsonDocument.Parse(output.Stdout).RootElement;
        var frontend = radius.GetProperty("downstream").EnumerateArray().Single(d => d.GetProperty("service").GetString() == "frontend");
        Assert.Equal((4, false), (frontend.GetProperty("amplification").GetInt64(), frontend.GetProperty("hasBackoff").GetBoolean()));
        Assert.Contains("frontend/Program.cs", frontend.GetProperty("evidence").GetString());
        Assert.Contains(radius.GetProperty("risks").EnumerateArray(),
            r => r.GetProperty("rule").GetString() == "retry-without-backoff" && r.GetProperty("service").GetString() == "frontend");
    }

    [Fact]
    public async Task MissingCatalog_Exits2NamingIt()
    {
        var output = await Cli.RunAsync("blast-radius", "--catalog", "/no/such/catalog.yaml", "--source", Sources, "--key", "k", "--value", "1");

        Assert.Equal(2, output.ExitCode);
        Assert.Contains("'/no/such/catalog.yaml' does not exist", output.Stderr);
    }

    [Fact]
    public async Task MissingRequiredOptions_AreEachNamed()
    {
        var output = await Cli.RunAsync("blast-radius", "--source", Sources, "--value", "1");

        Assert.Equal(2, output.ExitCode);
        Assert.Contains("Option '--catalog' is required.", output.Stderr);
        Assert.Contains("Option '--key' is required.", output.Stderr);
    }

    public void Dispose() => _folder.Dispose();

    private Task<CliOutput> RunAsync(params string[] args) =>
        Cli.RunAsync(["blast-radius", "--catalog", _folder.PathOf("catalog-info.yaml"), "--source", Sources, .. args]);
}
