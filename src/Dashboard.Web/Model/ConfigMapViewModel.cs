using Dashboard.Infrastructure.ConfigMap;

namespace Dashboard.Web.Model;

/// <summary>The Config map page's state: which store and environment, the keys by namespace, search and selection.</summary>
public sealed class ConfigMapViewModel(ConfigMapService service, ILogger<ConfigMapViewModel> logger)
{
    private IReadOnlyList<KeyRow> _keys = [];
    private Domain.ConfigMap.ConfigMap? _map;
    private ConfigGraph? _graph;

    public LoadState State { get; private set; } = LoadState.Loading;
    public string? Error { get; private set; }
    public IReadOnlyList<string> Diagnostics { get; private set; } = [];
    public IReadOnlyList<string> Stores { get; private set; } = [];
    public IReadOnlyList<string> Environments { get; private set; } = [];
    public string? Store { get; private set; }
    public string? Environment { get; private set; }
    public DateTimeOffset? ScannedAt { get; private set; }
    public string? ScanRoot { get; private set; }
    public IReadOnlyList<NamespaceRow> Namespaces { get; private set; } = [];
    public IReadOnlyList<ServiceUsageRow> Services { get; private set; } = [];
    /// <summary>Built on first use: only the Graph tab needs it.</summary>
    public ConfigGraph Graph => _graph ??= _map is null ? new ConfigGraph([], []) : ConfigGraphBuilder.Build(_map);

    public string Search { get; private set; } = "";
    public string? Namespace { get; private set; }
    public KeyRow? SelectedKey { get; private set; }

    public int KeyCount => _keys.Count;
    public int SharedKeyCount => _keys.Count(k => k.IsShared);
    public int SharedNamespaceCount => Namespaces.Count(n => n.SharedAcrossOwners);

    /// <summary>The keys shown: the search (key or service name) and the chosen namespace narrow them.</summary>
    public IReadOnlyList<KeyRow> VisibleKeys { get; private set; } = [];

    public DateTimeOffset? BuiltAt { get; private set; }

    public async Task LoadAsync(string? store, string? environment, CancellationToken cancellationToken, bool refresh = false)
    {
        State = LoadState.Loading;
        try
        {
            var result = await service.BuildAsync(store, environment, cancellationToken, refresh);
            BuiltAt = result.BuiltAt;
            Stores = [.. result.Catalog.Stores.Select(s => s.Name)];
            Environments = [.. result.Catalog.Environments.Select(e => e.Name)];
            Store = result.Store?.Name;
            Environment = result.Environment?.Name;
            Diagnostics = result.Diagnostics;
            ScannedAt = result.Scan?.ScannedAt;
            ScanRoot = result.Scan?.Root;
            Apply(result.Map);
            State = LoadState.Loaded;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Building the config map failed");
            Error = $"The config map could not be built: {ex.GetBaseException().Message}";
            State = LoadState.Failed;
        }
    }

    public void SetSearch(string? text)
    {
        Search = text?.Trim() ?? "";
        Refilter();
    }

    public void SetNamespace(string? name)
    {
        Namespace = Namespace == name ? null : name;
        Refilter();
    }

    public void Select(KeyRow? key) => SelectedKey = key;

    private void Apply(Domain.ConfigMap.ConfigMap? map)
    {
        _map = map;
        _graph = null;
        _keys = map is null ? [] : [.. map.Keys.Select(k => new KeyRow(k))];
        Namespaces = map is null ? [] : [.. map.Namespaces.Select(n => new NamespaceRow(n.Name, n.KeyCount, n.Services, n.OwnerTeams, n.SharedAcrossOwners))];
        Services = map is null ? [] : [.. map.Services.Select(s => new ServiceUsageRow(s))];
        SelectedKey = null;
        Refilter();
    }

    private void Refilter()
    {
        IEnumerable<KeyRow> keys = _keys;
        if (Namespace is not null)
            keys = keys.Where(k => string.Equals(k.Namespace, Namespace, StringComparison.OrdinalIgnoreCase));
        if (Search.Length > 0)
            keys = keys.Where(k => k.Key.Contains(Search, StringComparison.OrdinalIgnoreCase)
                                   || k.Services.Any(s => s.Contains(Search, StringComparison.OrdinalIgnoreCase)));
        VisibleKeys = [.. keys];
        // An exact search for one key opens it, as a user searching a key wants its readers: the row the environment
        // resolves to, its label's over the null label's.
        SelectedKey = VisibleKeys.Count > 0 && VisibleKeys.All(k => string.Equals(k.Key, Search, StringComparison.OrdinalIgnoreCase))
            ? ResolvedRow(VisibleKeys)
            : SelectedKey is not null && VisibleKeys.Contains(SelectedKey) ? SelectedKey : null;
    }

    private KeyRow ResolvedRow(IReadOnlyList<KeyRow> rows) =>
        _map?.Resolve(rows[0].Key) is { } resolved
            ? rows.FirstOrDefault(k => k.Key == resolved.Setting.Key && k.Label == resolved.Setting.Label) ?? rows[0]
            : rows[0];
}
