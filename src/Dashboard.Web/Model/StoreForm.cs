using Dashboard.Domain.Catalog;
using Dashboard.Application.Catalog;

namespace Dashboard.Web.Model;

/// <summary>The store dialog's fields; the domain checks them when saved or tested. Never holds a secret.</summary>
public sealed class StoreForm
{
    public bool IsNew { get; init; }
    public string Name { get; set; } = "";
    public bool Local { get; set; }
    public string Endpoint { get; set; } = "";
    public ConfigStoreAuthentication Authentication { get; set; } = ConfigStoreAuthentication.EntraId;
    /// <summary>The label each environment reads, by environment; empty is the null label.</summary>
    public Dictionary<string, string> Labels { get; init; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The setting that must hold the connection string, shown so the Admin knows where the secret goes.</summary>
    public string ConnectionStringSetting => $"ConfigStores:Connections:{(Name.Trim().Length == 0 ? "<store>" : Name.Trim())}:ConnectionString";

    public static StoreForm New(IEnumerable<string> environments) => new()
    {
        IsNew = true,
        Labels = environments.ToDictionary(e => e, e => e, StringComparer.OrdinalIgnoreCase),
    };

    public static StoreForm From(ConfigStore store, IEnumerable<string> environments) => new()
    {
        Name = store.Name,
        Local = store.Kind == ConfigStoreKind.Local,
        Endpoint = store.Endpoint?.GetLeftPart(UriPartial.Authority) ?? "",
        Authentication = store.Authentication == ConfigStoreAuthentication.None ? ConfigStoreAuthentication.EntraId : store.Authentication,
        Labels = environments.ToDictionary(e => e, e => store.BindingFor(e)?.Label ?? "", StringComparer.OrdinalIgnoreCase),
    };

    public StoreDefinition ToDefinition() => new(
        Name, Local ? null : Endpoint, Local ? null : Authentication,
        Labels.ToDictionary(l => l.Key, l => (string?)l.Value.Trim(), StringComparer.OrdinalIgnoreCase), Local);
}
