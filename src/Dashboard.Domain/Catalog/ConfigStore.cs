namespace Dashboard.Domain.Catalog;

/// <summary>
/// A configuration store of the catalog: where it is, how the dashboard signs in to it, and which label each
/// environment reads in it. The endpoint stored here is the one used; a secret never is.
/// </summary>
public sealed class ConfigStore
{
    private readonly List<ConfigStoreBinding> _bindings = [];

    public int Id { get; private set; }
    public string Name { get; private set; } = "";
    public ConfigStoreKind Kind { get; private set; }
    /// <summary>The store's endpoint (for Azure, https://name.azconfig.io); never a connection string. Null for the local store.</summary>
    public Uri? Endpoint { get; private set; }
    public ConfigStoreAuthentication Authentication { get; private set; }
    public IReadOnlyList<ConfigStoreBinding> Bindings => _bindings;

    private ConfigStore() { }

    /// <param name="authentication">For Azure stores; null means Entra ID. The local store needs none.</param>
    public ConfigStore(string name, ConfigStoreKind kind, Uri? endpoint, ConfigStoreAuthentication? authentication = null)
    {
        Name = CatalogName.Validate(name, "config store");
        if (!Enum.IsDefined(kind))
            throw new DomainException($"'{kind}' is not a kind of store; use {string.Join(" or ", Enum.GetNames<ConfigStoreKind>())}.");
        Kind = kind;
        (Endpoint, Authentication) = Checked(endpoint, authentication);
    }

    /// <summary>Moves the store or changes how the dashboard signs in to it; nothing changes when a value is refused.</summary>
    public void Reconnect(Uri? endpoint, ConfigStoreAuthentication? authentication) =>
        (Endpoint, Authentication) = Checked(endpoint, authentication);

    internal void Bind(ConfigStoreBinding binding)
    {
        if (_bindings.Any(b => b.Environment == binding.Environment))
            throw new DomainException($"Store '{Name}' already maps environment '{binding.Environment}'.");
        if (_bindings.Any(b => b.Label == binding.Label))
            throw new DomainException(
                $"Store '{Name}' already gives label '{binding.Label ?? "(null)"}' to another environment; environments sharing a store need distinct labels, or staging changes would reach production.");
        _bindings.Add(binding);
    }

    /// <summary>Replaces every environment's label at once; refused as a whole when one binding is invalid.</summary>
    internal void Rebind(IReadOnlyList<ConfigStoreBinding> bindings)
    {
        var kept = _bindings.ToList();
        _bindings.Clear();
        try
        {
            foreach (var binding in bindings) Bind(binding);
        }
        catch (DomainException)
        {
            _bindings.Clear();
            _bindings.AddRange(kept);
            throw;
        }
    }

    public ConfigStoreBinding? BindingFor(string environment) => _bindings.FirstOrDefault(b => b.Environment == environment);

    /// <summary>Shared stores are the story's first factor: one namespace, several environments.</summary>
    public bool IsSharedAcrossEnvironments => _bindings.Count > 1;

    private (Uri? Endpoint, ConfigStoreAuthentication Authentication) Checked(Uri? endpoint, ConfigStoreAuthentication? authentication)
    {
        if (Kind == ConfigStoreKind.Local)
        {
            if (endpoint is not null)
                throw new DomainException($"Store '{Name}' is the dashboard's embedded local store and has no endpoint; leave the endpoint empty, or choose Azure App Configuration.");
            if (authentication is not (null or ConfigStoreAuthentication.None))
                throw new DomainException($"Store '{Name}' is the dashboard's embedded local store and needs no sign-in.");
            return (null, ConfigStoreAuthentication.None);
        }
        if (endpoint is null)
            throw new DomainException($"Azure App Configuration store '{Name}' needs its https endpoint, e.g. https://{Name}.azconfig.io.");
        var signIn = authentication ?? ConfigStoreAuthentication.EntraId;
        if (signIn == ConfigStoreAuthentication.None || !Enum.IsDefined(signIn))
            throw new DomainException($"Azure App Configuration store '{Name}' needs a sign-in: Entra ID, or a connection string from the setting ConfigStores:Connections:{Name}:ConnectionString.");
        var checkedEndpoint = ConfigStoreEndpoint.Validate(endpoint, Name);
        if (signIn == ConfigStoreAuthentication.EntraId && checkedEndpoint.Scheme != Uri.UriSchemeHttps)
            throw new DomainException(
                $"Store '{Name}' is on http, and Entra ID tokens are only ever sent over https. A local emulator on http signs in with a connection string (ConfigStores:Connections:{Name}:ConnectionString).");
        return (checkedEndpoint, signIn);
    }
}
