using Dashboard.Domain.BlastRadius;
using Dashboard.Domain.ConfigStores;
using Dashboard.Domain.Scanning;

namespace Dashboard.Domain.Tests.BlastRadius;

// Deletes and "any change", offline (no store) as the command-line tool runs them, and against the store.
public class DeleteAndAnyChangeTests
{
    private static ServiceScan Reader(string key, string? fallback, bool refreshAll = false) => new()
    {
        Name = "billing-api",
        Path = "services/billing-api",
        Selectors = [new ConfigSelector("*", AppConfigLabel.Null, false, "services/billing-api/Program.cs", 5)],
        Refresh = refreshAll ? [new RefreshRegistration("Billing:Sentinel", AppConfigLabel.Null, false, true, "services/billing-api/Program.cs", 7)] : [],
        RefreshDriven = refreshAll,
        RefreshDrivers = refreshAll ? [new RefreshDriver(RefreshDriverKind.Middleware, "services/billing-api/Program.cs", 20)] : [],
        Reads = [new ConfigRead(key, "services/billing-api/Tax.cs", 9, ConfigReadKind.GetValue) { Fallback = fallback }],
    };

    private static Dashboard.Domain.BlastRadius.BlastRadius Offline(ProposedChange change, params ServiceScan[] scans) =>
        BlastRadiusPreview.Analyze(change, "production", true, new Dictionary<string, string?> { ["production"] = null }, [],
            new ScanResult(scans, []), catalog: null, validatedInStaging: false);

    [Fact]
    public void Analyze_OfflineDeleteOfAReadKeyWithoutFallback_FindsTheReaderAndTheRisk()
    {
        var radius = Offline(ProposedChange.Delete("catalog", "tax.rate.default", null), Reader("tax.rate.default", null));

        var billing = Assert.Single(radius.Affected);
        Assert.Contains(billing.Reasons, r => r.Contains("after the delete, its read at services/billing-api/Tax.cs:9 gets no value"));
        var risk = Assert.Single(radius.Risks, r => r.Rule == BlastRadiusRules.DeletedKeyStillRead);
        Assert.Equal(("billing-api", "services/billing-api/Tax.cs:9"), (risk.Service, risk.Evidence));
        Assert.NotEqual(RiskLevel.Low, radius.RiskLevel);
        Assert.Equal("delete", radius.Change);
    }

    [Fact]
    public void Analyze_DeleteOfAKeyReadWithAFallback_SaysWhatTheReaderFallsBackTo()
    {
        var radius = Offline(ProposedChange.Delete("catalog", "tax.rate.default", null), Reader("tax.rate.default", "0.08m"));

        Assert.Contains(Assert.Single(radius.Affected).Reasons, r => r.Contains("falls back to 0.08m"));
        Assert.DoesNotContain(radius.Risks, r => r.Rule == BlastRadiusRules.DeletedKeyStillRead);
    }

    [Fact]
    public void Analyze_DeleteOfARefreshSentinel_FiresTheReload()
    {
        var radius = Offline(ProposedChange.Delete("catalog", "Billing:Sentinel", null), Reader("tax.rate.default", null, refreshAll: true));

        var billing = Assert.Single(radius.Affected);
        Assert.True(billing.Reloads);
        Assert.Contains(billing.Reasons, r => r.Contains("counts as a change: the reload fires"));
    }

    [Fact]
    public void Analyze_AnyChangeWithoutAValue_FindsReadersWithoutValueRisks()
    {
        var world = new RadiusWorld();

        var radius = world.Analyze(ProposedChange.AnyChange(RadiusWorld.Store, RadiusWorld.TaxRate, "production"));

        Assert.Equal("any-change", radius.Change);
        Assert.Contains(radius.Affected, a => a.Service == "invoice-renderer");
        Assert.DoesNotContain(radius.Risks, r => r.Rule is BlastRadiusRules.ValueTypeChange or BlastRadiusRules.EnvironmentDrift);
    }

    [Fact]
    public void Analyze_DeleteAgainstTheStore_ReachesEveryServiceThatUsesTheKey()
    {
        var radius = new RadiusWorld().Analyze(ProposedChange.Delete(RadiusWorld.Store, RadiusWorld.TaxRate, "production"));

        Assert.Equal(["billing-api", "invoice-renderer"], radius.Affected.Select(a => a.Service));
        Assert.Contains(radius.Risks, r => r.Rule == BlastRadiusRules.DeletedKeyStillRead && r.Service == "invoice-renderer");
    }

    [Fact]
    public void Serialize_NullLabel_IsWrittenAsInTheScanJson()
    {
        var radius = Offline(ProposedChange.AnyChange("catalog", "tax.rate.default", null), Reader("tax.rate.default", null));

        var json = System.Text.Json.JsonSerializer.Serialize(radius, System.Text.Json.JsonSerializerOptions.Web);

        Assert.Contains("\"label\":\"\\u0000\"", json);
        Assert.Null(System.Text.Json.JsonSerializer.Deserialize<Dashboard.Domain.BlastRadius.BlastRadius>(json, System.Text.Json.JsonSerializerOptions.Web)!.Label);
    }

    [Fact]
    public void Analyze_KeyVaultReferenceLoadedWithoutConfigureKeyVault_IsHigh()
    {
        var world = new RadiusWorld();
        var change = ProposedChange.Set(RadiusWorld.Store, RadiusWorld.TaxRate, "production", """{"uri":"https://kv.vault.azure.net/secrets/rate"}""",
            ConfigContentTypes.KeyVaultReference);
        world.ValidatedInStaging = true;

        var radius = world.Analyze(change);

        Assert.Contains(radius.Risks, r => r.Rule == BlastRadiusRules.KeyVaultNotConfigured && r.Service == "invoice-renderer");
        Assert.True(radius.RiskLevel >= RiskLevel.High);
    }

    [Fact]
    public void Analyze_KeyVaultReferenceWithConfigureKeyVault_SaysHowTheSecretRefreshes()
    {
        var world = new RadiusWorld();
        world.Replace(RadiusWorld.InvoiceRenderer() with { KeyVault = new KeyVaultUse(3600, "services/invoice-renderer/Program.cs", 11) });
        var change = ProposedChange.Set(RadiusWorld.Store, RadiusWorld.TaxRate, "production", """{"uri":"https://kv.vault.azure.net/secrets/rate"}""",
            ConfigContentTypes.KeyVaultReference);

        var renderer = Assert.Single(world.Analyze(change).Affected, a => a.Service == "invoice-renderer");

        Assert.Contains(renderer.Reasons, r => r.Contains("re-reads the secret every 3600 s"));
    }
}
