using Dashboard.Domain.ConfigStores;

namespace Dashboard.Infrastructure.DemoWorld;

/// <summary>
/// The keys of the shared store <see cref="DemoCatalog.SharedStore"/>, under both environment labels. Staging and
/// production hold the same keys; a few values drift on purpose (retry backoff, gateway retries, payment timeout,
/// rounding, the new tax engine flag), so drift shows up in the blast-radius preview.
/// </summary>
public static class DemoConfiguration
{
    public const string StoryKey = "tax.rate.default";
    public const string SentinelKey = "Billing:Sentinel";
    public const string SeedActor = "demo-seed";
    public const string Staging = "staging";
    public const string Production = "production";

    public static IReadOnlyList<string> Labels { get; } = [Staging, Production];

    public static IReadOnlyList<ConfigSettingWrite> Build() => [.. Labels.SelectMany(For)];

    private static IEnumerable<ConfigSettingWrite> For(string label)
    {
        var production = label == Production;
        yield return Setting(StoryKey, label, "0.08", Owner.Payments);
        yield return Setting(SentinelKey, label, production ? "2026-11-14.1" : "2026-11-20.3", Owner.Payments);
        yield return ConfigSettingWrite.KeyVaultReference("Billing:Database:ConnectionString", label,
            new Uri("https://contoso-billing-kv.vault.azure.net/secrets/billing-sql"));
        yield return Setting("Billing:Gateway:TimeoutSeconds", label, "10", Owner.Payments);
        yield return Setting("Billing:Gateway:MaxRetries", label, production ? "3" : "2", Owner.Payments);
        // Production still retries without backoff: the story's third contributing factor.
        yield return Setting("Billing:Retry:BackoffSeconds", label, production ? "0" : "2", Owner.Payments);
        yield return Setting("Invoice:Branding:LogoUrl", label, "https://cdn.contoso.com/brand/invoice-logo.svg", Owner.Documents);
        yield return Setting("Invoice:Pdf:PageSize", label, "A4", Owner.Documents);
        yield return Setting("Invoice:TaxDisplay:Rounding", label, production ? "HalfUp" : "HalfEven", Owner.Documents);
        yield return new ConfigSettingWrite("Invoice:Layout", label,
            """{"columns":["sku","description","quantity","unitPrice","tax","total"],"showTaxBreakdown":true,"footer":"Thank you for your business."}""",
            "application/json", Owner.Documents);
        yield return Setting("Orders:Fulfilment:BatchSize", label, "50", Owner.Fulfilment);
        yield return Setting("Orders:Payment:ConfirmTimeoutSeconds", label, production ? "15" : "30", Owner.Fulfilment);
        yield return ConfigSettingWrite.FeatureFlag("billing-new-tax-engine", label, enabled: !production);
        yield return ConfigSettingWrite.FeatureFlag("invoice-dark-mode", label, enabled: false);
    }

    private static ConfigSettingWrite Setting(string key, string label, string value, IReadOnlyDictionary<string, string> tags) =>
        new(key, label, value, contentType: null, tags);

    private static class Owner
    {
        public static IReadOnlyDictionary<string, string> Payments { get; } = Team("payments");
        public static IReadOnlyDictionary<string, string> Documents { get; } = Team("documents");
        public static IReadOnlyDictionary<string, string> Fulfilment { get; } = Team("fulfilment");

        private static IReadOnlyDictionary<string, string> Team(string team) => new Dictionary<string, string> { ["owner"] = team };
    }
}
