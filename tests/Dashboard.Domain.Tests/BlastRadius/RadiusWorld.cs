using Dashboard.Domain.BlastRadius;
using Dashboard.Domain.Catalog;
using Dashboard.Domain.ConfigMap;
using Dashboard.Domain.ConfigStores;
using Dashboard.Domain.Scanning;

namespace Dashboard.Domain.Tests.BlastRadius;

/// <summary>
/// The billing outage, ready for a blast-radius analysis: billing-api registers tax.rate.default as a refreshAll
/// sentinel, has a dispose-before-create OnChange handler and a /health endpoint running its database check;
/// invoice-renderer reads the key; frontend calls billing-api with 3 immediate retries, order-processing with
/// exponential backoff. Each test changes what it needs, then calls <see cref="Analyze"/>.
/// </summary>
internal sealed class RadiusWorld
{
    public const string Store = "contoso-shared-config";
    public const string TaxRate = "tax.rate.default";
    public const string BillingDatabaseHandlerFile = "services/billing-api/DatabaseReload.cs";

    public List<ConfigSetting> Settings { get; } =
    [
        Setting(TaxRate, "production", "0.08", etag: "prod-7"),
        Setting(TaxRate, "staging", "0.08", etag: "stg-3"),
        Setting("Billing:Database:ConnectionString", "production", """{"uri":"https://kv.vault.azure.net/secrets/sql"}""", ConfigContentTypes.KeyVaultReference),
        Setting("Invoice:Branding:LogoUrl", "production", "https://cdn/logo.svg"),
        Setting("Orders:Unused:Key", "production", "1"),
    ];

    public List<ServiceScan> Scans { get; } = [BillingApi(), InvoiceRenderer()];

    public ServiceCatalog Catalog { get; } = StoryCatalog();

    public List<string> ExtraStoreKeys { get; } = [];

    public bool ValidatedInStaging { get; set; }

    public static ConfigSetting Setting(string key, string? label, string? value, string? contentType = null, string? etag = null) =>
        new(key, label, value, contentType, etag ?? $"etag-{key}-{label}", new Dictionary<string, string>(), IsLocked: false, LastModified: null);

    public static ProposedChange TaxRateChange(string value = "0.0825") => ProposedChange.Set(Store, TaxRate, "production", value);

    public static ServiceScan BillingApi() => new()
    {
        Name = "billing-api",
        Path = "services/billing-api",
        Selectors =
        [
            new ConfigSelector("Billing:*", null, Dynamic: true, "services/billing-api/Program.cs", 12),
            new ConfigSelector("tax.*", null, Dynamic: true, "services/billing-api/Program.cs", 13),
        ],
        Refresh = [new RefreshRegistration(TaxRate, null, Dynamic: true, RefreshAll: true, "services/billing-api/Program.cs", 15)],
        RefreshDriven = true,
        OptionsBindings = [new OptionsBinding("Billing:Database", "BillingDatabaseOptions", "services/billing-api/Program.cs", 20)],
        ReloadHandlers = [new ReloadHandler("BillingDatabaseOptions", ReloadClassification.DisposeBeforeCreate, BillingDatabaseHandlerFile, 18)],
        HealthEndpoints = [new HealthEndpoint("/health", LivenessOnly: false, RunsDependencyChecks: true, "services/billing-api/Program.cs", 40)],
    };

    public static ServiceScan InvoiceRenderer() => new()
    {
        Name = "invoice-renderer",
        Path = "services/invoice-renderer",
        Selectors =
        [
            new ConfigSelector("Invoice:*", "production", Dynamic: false, "services/invoice-renderer/Program.cs", 9),
            new ConfigSelector(TaxRate, "production", Dynamic: false, "services/invoice-renderer/Program.cs", 10),
        ],
        Reads = [new ConfigRead(TaxRate, "services/invoice-renderer/TaxLine.cs", 14, ConfigReadKind.GetValue)],
    };

    public static ServiceScan Service(string name, params ConfigSelector[] selectors) => new()
    {
        Name = name,
        Path = $"services/{name}",
        Selectors = selectors,
    };

    public static ConfigSelector Select(string service, string keyFilter, int line = 10) =>
        new(keyFilter, "production", Dynamic: false, $"services/{service}/Program.cs", line);

    public void Replace(ServiceScan scan)
    {
        Scans.RemoveAll(s => s.Name == scan.Name);
        Scans.Add(scan);
    }

    public void AddService(string name, string owner = "platform")
    {
        if (Catalog.FindService(name) is null)
            Catalog.AddService(new Service(name, owner, ServiceKind.Api, Lifecycle.Production));
    }

    public void AddCall(string caller, string target, RetryPolicy retry)
    {
        AddService(caller);
        AddService(target);
        Catalog.AddDependency(caller, DependencyTargetKind.Service, target, retry);
    }

    public static RetryPolicy Immediate(int attempts, bool circuitBreaker = false) =>
        new(attempts, BackoffKind.None, TimeSpan.FromSeconds(5), circuitBreaker);

    public static RetryPolicy Exponential(int attempts) => new(attempts, BackoffKind.Exponential, TimeSpan.FromSeconds(10), circuitBreaker: true);

    public BlastRadiusInput Input(ProposedChange change, string environment = "production") => new()
    {
        Change = change,
        Environment = environment,
        IsProduction = environment == "production",
        Map = ConfigMapBuilder.Build(new ConfigMapInput
        {
            Store = Store,
            Environment = environment,
            EnvironmentLabel = environment,
            Settings = Settings,
            Scan = new ScanResult(Scans, []),
            Catalog = Catalog,
        }),
        Scan = new ScanResult(Scans, []),
        Catalog = Catalog,
        CurrentSettings = new[] { "staging", "production" }.ToDictionary(e => e,
            e => Settings.LastOrDefault(s => s.Key == change.Key && s.Label == e)),
        StoreKeys = [.. Settings.Select(s => s.Key).Concat(ExtraStoreKeys).Distinct()],
        ValidatedInStaging = ValidatedInStaging,
    };

    public Dashboard.Domain.BlastRadius.BlastRadius Analyze(ProposedChange? change = null, string environment = "production") =>
        BlastRadiusAnalyzer.Analyze(Input(change ?? TaxRateChange(), environment));

    private static ServiceCatalog StoryCatalog()
    {
        var catalog = new ServiceCatalog();
        catalog.AddEnvironment(new DeploymentEnvironment("staging", 0, false));
        catalog.AddEnvironment(new DeploymentEnvironment("production", 1, true));
        catalog.AddService(new Service("billing-api", "payments", ServiceKind.Api, Lifecycle.Production));
        catalog.AddService(new Service("invoice-renderer", "documents", ServiceKind.Worker, Lifecycle.Production));
        catalog.AddService(new Service("frontend", "web", ServiceKind.Frontend, Lifecycle.Production));
        catalog.AddService(new Service("order-processing", "fulfilment", ServiceKind.Worker, Lifecycle.Production));
        catalog.AddDependency("frontend", DependencyTargetKind.Service, "billing-api", Immediate(3));
        catalog.AddDependency("order-processing", DependencyTargetKind.Service, "billing-api", Exponential(3));
        return catalog;
    }
}
