namespace Dashboard.Domain.Catalog;

/// <summary>A configuration store and how each environment maps onto it.</summary>
public sealed class ConfigStore
{
    private readonly List<ConfigStoreBinding> _bindings = [];

    public int Id { get; private set; }
    public string Name { get; private set; } = "";
    public ConfigStoreKind Kind { get; private set; }
    /// <summary>The store's endpoint (for Azure, https://name.azconfig.io); never a connection string.</summary>
    public Uri? Endpoint { get; private set; }
    public IReadOnlyList<ConfigStoreBinding> Bindings => _bindings;

    private ConfigStore() { }

    public ConfigStore(string name, ConfigStoreKind kind, Uri? endpoint)
    {
        Name = CatalogName.Validate(name, "config store");
        if (kind == ConfigStoreKind.AzureAppConfiguration && (endpoint is null || endpoint.Scheme != Uri.UriSchemeHttps))
            throw new DomainException($"Azure App Configuration store '{Name}' needs its https endpoint, e.g. https://{Name}.azconfig.io.");
        if (endpoint is not null && !string.IsNullOrEmpty(endpoint.UserInfo))
            throw new DomainException($"The endpoint of store '{Name}' must not carry credentials; give them in the connection settings instead.");
        Kind = kind;
        Endpoint = endpoint;
    }

    internal void Bind(ConfigStoreBinding binding)
    {
        if (_bindings.Any(b => b.Environment == binding.Environment))
            throw new DomainException($"Store '{Name}' already maps environment '{binding.Environment}'.");
        if (_bindings.Any(b => b.Label == binding.Label))
            throw new DomainException(
                $"Store '{Name}' already gives label '{binding.Label ?? "(null)"}' to another environment; environments sharing a store need distinct labels, or staging changes would reach production.");
        _bindings.Add(binding);
    }

    public ConfigStoreBinding? BindingFor(string environment) => _bindings.FirstOrDefault(b => b.Environment == environment);

    /// <summary>Shared stores are the story's first factor: one namespace, several environments.</summary>
    public bool IsSharedAcrossEnvironments => _bindings.Count > 1;
}
