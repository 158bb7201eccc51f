namespace Dashboard.Cli.Tests;

public class ScanSummaryOutputTests
{
    [Fact]
    public async Task Scan_WithoutJson_SummarizesEachServiceWithFindingsAtFileAndLine()
    {
        var output = await Cli.RunAsync("scan", Cli.SamplesRoot);

        Assert.Equal(ExitCodes.Success, output.ExitCode);
        var lines = output.Stdout.Split(Environment.NewLine);
        Assert.Contains("billing-api (billing-api)", lines);
        Assert.Contains("  selectors: Billing:* (no label), Tax:* (no label)", lines);
        Assert.Contains("  refresh:   Billing:Sentinel (no label) refreshAll, every 30 s", lines);
        Assert.Contains("  reads:     4 key reads", lines);
        Assert.Contains(lines, l => l.StartsWith("  finding:   billing-api/Data/LedgerConnection.cs:16 reload-dispose-before-create: ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("  finding:   frontend/Program.cs:12 retry-without-backoff: ", StringComparison.Ordinal));
        Assert.Contains("  selectors: Tax:* (dynamic)", lines);
        Assert.Contains("3 services, 3 findings, 0 diagnostics.", lines);
    }
}
