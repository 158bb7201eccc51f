namespace Dashboard.Domain.ConfigMap;

/// <summary>Which services use which keys of one store in one environment, merged from the live store, code and catalog.</summary>
public sealed class ConfigMap
{
    private readonly Dictionary<string, ServiceConfigUsage> _services;

    public ConfigMap(string store, string environment, IReadOnlyList<MappedKey> keys, IReadOnlyList<ConfigNamespace> namespaces,
        IReadOnlyList<ServiceConfigUsage> services, IReadOnlyList<string> diagnostics, string? environmentLabel = null)
    {
        Store = store;
        Environment = environment;
        EnvironmentLabel = environmentLabel;
        Keys = keys;
        Namespaces = namespaces;
        Services = services;
        Diagnostics = diagnostics;
        _services = services.ToDictionary(s => s.Service, StringComparer.OrdinalIgnoreCase);
    }

    public string Store { get; }
    public string Environment { get; }
    /// <summary>The label the environment reads on top of the null label (null: the null label only).</summary>
    public string? EnvironmentLabel { get; }
    /// <summary>Every key-value of the environment (its label and the null label), ordered by key.</summary>
    public IReadOnlyList<MappedKey> Keys { get; }
    public IReadOnlyList<ConfigNamespace> Namespaces { get; }
    public IReadOnlyList<ServiceConfigUsage> Services { get; }
    /// <summary>What a source could not tell: unparseable files, invalid filters, catalog problems.</summary>
    public IReadOnlyList<string> Diagnostics { get; }

    public IEnumerable<MappedKey> SharedKeys => Keys.Where(k => k.IsShared);

    public ServiceConfigUsage? ForService(string service) => _services.GetValueOrDefault(service);

    public IEnumerable<MappedKey> ForKey(string key) => Keys.Where(k => string.Equals(k.Setting.Key, key, StringComparison.Ordinal));

    /// <summary>
    /// The row the environment actually reads for a key: its label's row overrides the null label's (the provider
    /// selects the null label first, then the environment's label), so the null-label row only when there is no other.
    /// </summary>
    public MappedKey? Resolve(string key)
    {
        var rows = ForKey(key).ToList();
        return rows.FirstOrDefault(k => EnvironmentLabel is not null && k.Setting.Label == EnvironmentLabel)
               ?? rows.FirstOrDefault(k => k.Setting.Label is null);
    }

    /// <summary>Keys whose name contains the text, or that a service whose name contains it uses; ignores case.</summary>
    public IEnumerable<MappedKey> Search(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return Keys;
        var term = text.Trim();
        return Keys.Where(k => k.Setting.Key.Contains(term, StringComparison.OrdinalIgnoreCase)
                               || k.Services.Any(s => s.Contains(term, StringComparison.OrdinalIgnoreCase)));
    }
}
