using System.Text.Json;

namespace Dashboard.Cli.Tests;

public class ScanJsonOutputTests
{
    private static async Task<JsonElement> ScanSamplesAsJsonAsync()
    {
        var output = await Cli.RunAsync("scan", Cli.SamplesRoot, "--json");
        Assert.Equal((ExitCodes.Success, ""), (output.ExitCode, output.Stderr));
        using var document = JsonDocument.Parse(output.Stdout);
        return document.RootElement.Clone();
    }

    private static JsonElement Service(JsonElement root, string name) =>
        root.GetProperty("services").EnumerateArray().Single(s => s.GetProperty("name").GetString() == name);

    [Fact]
    public async Task Scan_SamplesAsJson_PrintsOneServicePerProjectAndNoDiagnostics()
    {
        var root = await ScanSamplesAsJsonAsync();

        Assert.Equal(["services", "diagnostics"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["billing-api", "frontend", "invoice-renderer"],
            root.GetProperty("services").EnumerateArray().Select(s => s.GetProperty("name").GetString()));
        Assert.Equal(0, root.GetProperty("diagnostics").GetArrayLength());
    }

    [Fact]
    public async Task Scan_BillingApiAsJson_RegistersTheSentinelWithRefreshAll()
    {
        var billing = Service(await ScanSamplesAsJsonAsync(), "billing-api");

        var refresh = Assert.Single(billing.GetProperty("refresh").EnumerateArray());
        Assert.Equal("Billing:Sentinel", refresh.GetProperty("key").GetString());
        Assert.Equal("\0", refresh.GetProperty("label").GetString());
        Assert.True(refresh.GetProperty("refreshAll").GetBoolean());
        Assert.False(billing.GetProperty("watchAll").GetBoolean());
    }

    [Fact]
    public async Task Scan_BillingApiAsJson_ReportsTheReloadRaceWithFileAndLine()
    {
        var billing = Service(await ScanSamplesAsJsonAsync(), "billing-api");

        var finding = billing.GetProperty("findings").EnumerateArray()
            .Single(f => f.GetProperty("rule").GetString() == "reload-dispose-before-create");
        Assert.Equal("billing-api/Data/LedgerConnection.cs", finding.GetProperty("file").GetString());
        Assert.Equal(16, finding.GetProperty("line").GetInt32());
        Assert.Contains("LedgerOptions", finding.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Scan_FrontendAsJson_RetriesBillingApiImmediatelyThreeTimes()
    {
        var frontend = Service(await ScanSamplesAsJsonAsync(), "frontend");

        var client = frontend.GetProperty("httpClients").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "billing-api");
        Assert.Equal("immediate", client.GetProperty("retry").GetString());
        Assert.Equal(3, client.GetProperty("attempts").GetInt32());
    }

    [Fact]
    public async Task Scan_InvoiceRendererAsJson_WritesTheDynamicLabelAsNull()
    {
        var renderer = Service(await ScanSamplesAsJsonAsync(), "invoice-renderer");

        var selector = Assert.Single(renderer.GetProperty("selectors").EnumerateArray());
        Assert.Equal("Tax:*", selector.GetProperty("keyFilter").GetString());
        Assert.Equal(JsonValueKind.Null, selector.GetProperty("labelFilter").ValueKind);
        Assert.True(selector.GetProperty("dynamic").GetBoolean());
    }
}
