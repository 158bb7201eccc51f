using Dashboard.Domain.BlastRadius;
using Dashboard.Domain.Catalog;
using Dashboard.Domain.ConfigMap;
using Dashboard.Domain.ConfigStores;
using Dashboard.Domain.Scanning;

namespace Dashboard.Benchmarks;

/// <summary>
/// A fleet for blast-radius analysis, made from a fixed seed: services that each select their own namespace and a
/// shared one, read keys, watch a refreshAll sentinel, and sometimes reload with a race; one store of keys spread over
/// the namespaces (with look-alikes); and a catalog where every service calls a few others, with mixed retry policies.
/// </summary>
public sealed class BlastRadiusWorld
{
    public const string Store = "fleet-config";
    public const string Environment = "production";

    private readonly int _services;
    private readonly int _keys;
    private readonly int _edges;
    private readonly int _namespaces;

    public BlastRadiusWorld(int services, int keys, int edges)
    {
        _services = services;
        _keys = keys;
        _edges = edges;
        _namespaces = Math.Max(1, services / 5);
    }

    public string Service(int i) => $"svc-{i:D4}";
    public string Namespace(int i) => $"ns{i:D3}";
    public string Key(int i) => $"{Namespace(i % _namespaces)}:Setting{i / _namespaces:D4}";

    /// <summary>The first namespace's sentinel: watched by its owners, selected through the shared namespace by more.</summary>
    public ProposedChange Change => ProposedChange.Set(Store, Key(0), Environment, "42");

    public IReadOnlyList<ConfigSetting> Settings() =>
    [
        .. Enumerable.Range(0, _keys).Select(k => Setting(Key(k), Environment, $"{k}")),
        Setting(Key(0), "staging", "0"),
    ];

    /// <summary>Every key name, plus a few look-alikes of the changed key.</summary>
    public IReadOnlyList<string> StoreKeys() =>
        [.. Enumerable.Range(0, _keys).Select(Key), "ns000:setting0000", "ns000:Setting000O", "NS000.Setting0000"];

    public ScanResult Scan() => new([.. Enumerable.Range(0, _services).Select(ScanOf)], []);

    public ServiceCatalog Catalog()
    {
        var catalog = new ServiceCatalog();
        catalog.AddEnvironment(new DeploymentEnvironment("staging", 0, false));
        catalog.AddEnvironment(new DeploymentEnvironment(Environment, 1, true));
        for (var s = 0; s < _services; s++)
            catalog.AddService(new Service(Service(s), $"team-{s % 40:D2}", ServiceKind.Api, Lifecycle.Production));
        var random = new Random(20261127);
        var edges = new HashSet<(int, int)>();
        var policies = new[]
        {
            RetryPolicy.NoRetries(TimeSpan.FromSeconds(5)),
            new RetryPolicy(3, BackoffKind.None, TimeSpan.FromSeconds(5), circuitBreaker: false),
            new RetryPolicy(2, BackoffKind.Exponential, TimeSpan.FromSeconds(10), circuitBreaker: true),
            new RetryPolicy(1, BackoffKind.None, TimeSpan.FromSeconds(3), circuitBreaker: true),
        };
        while (edges.Count < _edges)
        {
            var caller = random.Next(_services);
            var target = random.Next(_services);
            if (caller == target || !edges.Add((caller, target))) continue;
            catalog.AddDependency(Service(caller), DependencyTargetKind.Service, Service(target), policies[random.Next(policies.Length)]);
        }
        return catalog;
    }

    public BlastRadiusInput Input(ScanResult scan, ServiceCatalog catalog, IReadOnlyList<ConfigSetting> settings, IReadOnlyList<string> storeKeys) => new()
    {
        Change = Change,
        Environment = Environment,
        IsProduction = true,
        Map = ConfigMapBuilder.Build(new ConfigMapInput
        {
            Store = Store,
            Environment = Environment,
            EnvironmentLabel = Environment,
            Settings = settings,
            Scan = scan,
            Catalog = catalog,
        }),
        Scan = scan,
        Catalog = catalog,
        CurrentSettings = new Dictionary<string, ConfigSetting?>
        {
            ["staging"] = settings.Last(s => s.Key == Key(0) && s.Label == "staging"),
            [Environment] = settings.First(s => s.Key == Key(0) && s.Label == Environment),
        },
        StoreKeys = storeKeys,
        ValidatedInStaging = false,
    };

    private ServiceScan ScanOf(int s)
    {
        var own = Namespace(s % _namespaces);
        var shared = Namespace((s * 7 + 3) % _namespaces);
        var file = $"services/{Service(s)}/Program.cs";
        return new ServiceScan
        {
            Name = Service(s),
            Path = $"services/{Service(s)}",
            Selectors = [new ConfigSelector($"{own}:*", null, Dynamic: true, file, 4), new ConfigSelector($"{shared}:*", null, Dynamic: true, file, 5)],
            Refresh = [new RefreshRegistration($"{own}:Setting0000", null, Dynamic: true, RefreshAll: true, file, 6)],
            RefreshDriven = true,
            Reads = [.. Enumerable.Range(0, 10).Select(r => new ConfigRead($"{own}:Setting{r:D4}", file, 10 + r, ConfigReadKind.Indexer))],
            ReloadHandlers = s % 10 == 0 ? [new ReloadHandler("DatabaseOptions", ReloadClassification.DisposeBeforeCreate, $"services/{Service(s)}/Reload.cs", 12)] : [],
            HealthEndpoints = [new HealthEndpoint("/health", LivenessOnly: false, RunsDependencyChecks: s % 3 == 0, file, 30)],
        };
    }

    private static ConfigSetting Setting(string key, string label, string value) =>
        new(key, label, value, null, $"e-{key}-{label}", new Dictionary<string, string>(), false, null);
}
