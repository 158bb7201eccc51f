using Dashboard.Domain.Catalog;
using Dashboard.Domain.ConfigMap;
using Dashboard.Domain.ConfigStores;
using Dashboard.Domain.Scanning;

namespace Dashboard.Domain.Tests.ConfigMap;

/// <summary>The billing outage as map input: a shared store, billing-api reloading on a sentinel, invoice-renderer reading the tax rate.</summary>
internal static class StoryWorld
{
    public static ConfigSetting Setting(string key, string? label, string? value, string? contentType = null) =>
        new(key, label, value, contentType, ETag: $"etag-{key}-{label}", new Dictionary<string, string>(), IsLocked: false, LastModified: null);

    public static IReadOnlyList<ConfigSetting> Store() =>
    [
        Setting("tax.rate.default", "production", "0.08"),
        Setting("tax.rate.default", "staging", "0.08"),
        Setting("Billing:Sentinel", "production", "41"),
        Setting("Billing:Gateway:TimeoutSeconds", "production", "20"),
        Setting("Billing:Database:ConnectionString", "production", """{"uri":"https://kv.vault.azure.net/secrets/sql"}""", ConfigContentTypes.KeyVaultReference),
        Setting("Invoice:Branding:LogoUrl", "production", "https://cdn/logo.svg"),
        Setting("Invoice:Layout", "production", """{"Margins":{"Top":20},"Columns":["item","tax"]}""", "application/json"),
        Setting(".appconfig.featureflag/billing-new-tax-engine", "production", """{"id":"billing-new-tax-engine","enabled":false}""", ConfigContentTypes.FeatureFlag),
        Setting("Orders:Fulfilment:BatchSize", null, "50"),
    ];

    public static ServiceScan BillingApi() => new()
    {
        Name = "billing-api",
        Path = "services/billing-api",
        Selectors =
        [
            new ConfigSelector("Billing:*", null, Dynamic: true, "services/billing-api/Program.cs", 12),
            new ConfigSelector("tax.*", null, Dynamic: true, "services/billing-api/Program.cs", 13),
        ],
        Refresh = [new RefreshRegistration("Billing:Sentinel", null, Dynamic: true, RefreshAll: true, "services/billing-api/Program.cs", 15)],
        RefreshDriven = true,
        FeatureFlagSelectors = ["billing-*"],
        FeatureFlagReads = [new FeatureFlagRead("billing-new-tax-engine", "services/billing-api/TaxCalculator.cs", 30)],
        Reads = [new ConfigRead("Billing:Gateway:TimeoutSeconds", "services/billing-api/GatewayClient.cs", 22, ConfigReadKind.GetValue)],
        OptionsBindings = [new OptionsBinding("Billing:Database", "BillingDatabaseOptions", "services/billing-api/Program.cs", 20)],
    };

    public static ServiceScan InvoiceRenderer() => new()
    {
        Name = "invoice-renderer",
        Path = "services/invoice-renderer",
        Selectors =
        [
            new ConfigSelector("Invoice:*", "production", Dynamic: false, "services/invoice-renderer/Program.cs", 9),
            new ConfigSelector("tax.rate.default", "production", Dynamic: false, "services/invoice-renderer/Program.cs", 10),
        ],
        Reads =
        [
            new ConfigRead("tax.rate.default", "services/invoice-renderer/TaxLine.cs", 14, ConfigReadKind.GetValue),
            new ConfigRead("Invoice:Layout:Margins", "services/invoice-renderer/Layout.cs", 8, ConfigReadKind.Indexer),
        ],
    };

    public static ServiceCatalog Catalog()
    {
        var catalog = new ServiceCatalog();
        catalog.AddEnvironment(new DeploymentEnvironment("staging", 0, false));
        catalog.AddEnvironment(new DeploymentEnvironment("production", 1, true));
        catalog.AddService(new Service("billing-api", "payments", ServiceKind.Api, Lifecycle.Production));
        catalog.AddService(new Service("invoice-renderer", "documents", ServiceKind.Worker, Lifecycle.Production));
        catalog.AddService(new Service("order-processing", "fulfilment", ServiceKind.Worker, Lifecycle.Production));
        return catalog;
    }

    public static ConfigMapInput Input(string environment = "production") => new()
    {
        Store = "contoso-shared-config",
        Environment = environment,
        EnvironmentLabel = environment,
        Settings = Store(),
        Scan = new ScanResult([BillingApi(), InvoiceRenderer()], [new ScanDiagnostic("services/broken/Bad.cs", "does not parse: ; expected")]),
        Catalog = Catalog(),
        DeclaredKeyFilters = new Dictionary<string, IReadOnlyList<string>> { ["order-processing"] = ["Orders:*"] },
        CatalogSources = new Dictionary<string, CatalogEntrySource> { ["order-processing"] = new("catalog/order-processing.yaml", 1) },
    };
}
