namespace Dashboard.Web.Endpoints;

/// <summary>
/// A store as a pipeline declares it: <c>{name, endpoint, environments: {"staging": "label", "production": "label"}}</c>,
/// optionally <c>authentication</c> ("entra-id", the default, or "connection-string") and <c>kind</c> ("azure", the
/// default, or "local"). An empty label is the null label. The secret is never sent here: it is the setting
/// <c>ConfigStores:Connections:&lt;name&gt;:ConnectionString</c>.
/// </summary>
public sealed record StoreRequest(
    string? Name, string? Endpoint, Dictionary<string, string?>? Environments, string? Authentication = null, string? Kind = null);
