using System.Text.Json;
using Dashboard.Domain.Scanning;
using Dashboard.Analysis.Scanning;

namespace Dashboard.Analysis.Tests.Scanning;

// The scan JSON is a contract pipelines parse: field names, order and value spellings are asserted exactly.
public class ScanJsonTests
{
    private static readonly string SamplesRoot = Path.Combine(AppContext.BaseDirectory, "Scanning", "Samples");

    private static async Task<JsonElement> SerializeSamplesAsync()
    {
        var result = await new SourceScanner().ScanAsync(SamplesRoot, null, CancellationToken.None);
        using var document = JsonDocument.Parse(ScanJson.Serialize(result));
        return document.RootElement.Clone();
    }

    private static JsonElement Service(JsonElement root, string name) =>
        root.GetProperty("services").EnumerateArray().Single(s => s.GetProperty("name").GetString() == name);

    private static string[] Names(JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name)];

    [Fact]
    public async Task Serialize_Samples_WritesServicesAndDiagnosticsOnly()
    {
        var root = await SerializeSamplesAsync();

        Assert.Equal(["services", "diagnostics"], Names(root));
        Assert.Equal(["billing-api", "frontend", "invoice-renderer"],
            root.GetProperty("services").EnumerateArray().Select(s => s.GetProperty("name").GetString()));
        Assert.Equal(0, root.GetProperty("diagnostics").GetArrayLength());
    }

    [Fact]
    public async Task Serialize_BillingApi_WritesEveryServiceFieldInCamelCase()
    {
        var billing = Service(await SerializeSamplesAsync(), "billing-api");

        Assert.Equal(
            ["name", "path", "selectors", "snapshots", "trimKeyPrefixes", "refresh", "watchAll", "refreshIntervalSeconds", "refreshDriven",
             "refreshDrivenBy", "keyVault", "featureFlagSelectors", "featureFlagReads", "reads", "capturedReads", "optionsBindings",
             "optionsTypes", "optionsConsumers", "httpClients", "healthEndpoints", "findings"],
            Names(billing));
        Assert.Equal("billing-api", billing.GetProperty("path").GetString());
        Assert.False(billing.GetProperty("watchAll").GetBoolean());
        Assert.Equal(30, billing.GetProperty("refreshIntervalSeconds").GetDouble());
    }

    [Fact]
    public async Task Serialize_BillingApi_WritesNullLabelAsNulCharacterAndSentinelRefresh()
    {
        var billing = Service(await SerializeSamplesAsync(), "billing-api");

        var selector = billing.GetProperty("selectors")[0];
        Assert.Equal(["keyFilter", "labelFilter", "dynamic", "file", "line"], Names(selector));
        Assert.Equal(("Billing:*", "\0", false),
            (selector.GetProperty("keyFilter").GetString(), selector.GetProperty("labelFilter").GetString(), selector.GetProperty("dynamic").GetBoolean()));
        var refresh = Assert.Single(billing.GetProperty("refresh").EnumerateArray());
        Assert.Equal(["key", "label", "refreshAll", "loadedByRegistration", "file", "line"], Names(refresh));
        Assert.Equal(("Billing:Sentinel", "\0", true),
            (refresh.GetProperty("key").GetString(), refresh.GetProperty("label").GetString(), refresh.GetProperty("refreshAll").GetBoolean()));
    }

    [Fact]
    public async Task Serialize_NullLabel_IsEscapedAsUnicodeZero()
    {
        var result = await new SourceScanner().ScanAsync(SamplesRoot, null, CancellationToken.None);

        var json = ScanJson.Serialize(result);

        Assert.Contains("""{"keyFilter":"Billing:*","labelFilter":"\u0000","dynamic":false,"file":"billing-api/Program.cs","line":10}""", json);
    }

    [Fact]
    public async Task Serialize_InvoiceRenderer_WritesDynamicLabelAsNull()
    {
        var renderer = Service(await SerializeSamplesAsync(), "invoice-renderer");

        var selector = Assert.Single(renderer.GetProperty("selectors").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, selector.GetProperty("labelFilter").ValueKind);
        Assert.True(selector.GetProperty("dynamic").GetBoolean());
        Assert.True(renderer.GetProperty("watchAll").GetBoolean());
    }

    [Fact]
    public async Task Serialize_BillingApi_WritesReadsBindingsAndFindingsWithFileAndLine()
    {
        var billing = Service(await SerializeSamplesAsync(), "billing-api");

        var read = billing.GetProperty("reads").EnumerateArray().Single(r => r.GetProperty("key").GetString() == "tax.rate.default");
        Assert.Equal(["key", "storeKey", "kind", "fallback", "file", "line"], Names(read));
        Assert.Equal(("billing-api/Tax/TaxRateProvider.cs", 7), (read.GetProperty("file").GetString(), read.GetProperty("line").GetInt32()));
        var binding = Assert.Single(billing.GetProperty("optionsBindings").EnumerateArray());
        Assert.Equal(["section", "type", "file", "line"], Names(binding));
        Assert.Equal(("Billing:Ledger", "LedgerOptions"), (binding.GetProperty("section").GetString(), binding.GetProperty("type").GetString()));
        var finding = billing.GetProperty("findings")[0];
        Assert.Equal(["rule", "message", "file", "line"], Names(finding));
        Assert.Equal((ScanRules.ReloadDisposeBeforeCreate, "billing-api/Data/LedgerConnection.cs", 16),
            (finding.GetProperty("rule").GetString(), finding.GetProperty("file").GetString(), finding.GetProperty("line").GetInt32()));
        Assert.False(string.IsNullOrWhiteSpace(finding.GetProperty("message").GetString()));
    }

    [Fact]
    public async Task Serialize_Frontend_WritesRetryKindsAsLowercaseAndLivenessEndpoint()
    {
        var frontend = Service(await SerializeSamplesAsync(), "frontend");

        var clients = frontend.GetProperty("httpClients").EnumerateArray().ToList();
        Assert.Equal(["name", "retry", "attempts", "circuitBreaker", "typedClient", "baseAddressKey", "baseAddress", "fromDefaults", "file", "line"],
            Names(clients[0]));
        Assert.Equal([("billing-api", "immediate", 3), ("catalog", "backoff", 3)],
            clients.Select(c => (c.GetProperty("name").GetString(), c.GetProperty("retry").GetString(), c.GetProperty("attempts").GetInt32())));
        var health = Assert.Single(frontend.GetProperty("healthEndpoints").EnumerateArray());
        Assert.Equal(["path", "livenessOnly"], Names(health));
        Assert.Equal(("/health/live", true), (health.GetProperty("path").GetString(), health.GetProperty("livenessOnly").GetBoolean()));
        Assert.Equal(["Checkout.*"], frontend.GetProperty("featureFlagSelectors").EnumerateArray().Select(f => f.GetString()));
    }

    [Fact]
    public void Serialize_Diagnostics_WritesFileLineAndMessage()
    {
        var result = new ScanResult([], [new ScanDiagnostic("api/Broken.cs", "does not parse: ; expected") { Line = 3 }]);

        using var document = JsonDocument.Parse(ScanJson.Serialize(result));

        var diagnostic = Assert.Single(document.RootElement.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal(["file", "line", "message"], Names(diagnostic));
        Assert.Equal(("api/Broken.cs", 3, "does not parse: ; expected"),
            (diagnostic.GetProperty("file").GetString(), diagnostic.GetProperty("line").GetInt32(), diagnostic.GetProperty("message").GetString()));
    }

    [Fact]
    public void Serialize_NoRetry_WritesNone()
    {
        var service = new ServiceScan
        {
            Name = "worker",
            Path = "worker",
            HttpClients = [new HttpClientResilience("ledger", HttpRetryKind.None, 0, "worker/Program.cs", 4)],
        };

        using var document = JsonDocument.Parse(ScanJson.Serialize(new ScanResult([service], [])));

        Assert.Equal("none", document.RootElement.GetProperty("services")[0].GetProperty("httpClients")[0].GetProperty("retry").GetString());
    }
}
