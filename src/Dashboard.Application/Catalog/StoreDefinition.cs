using Dashboard.Application.Errors;
using Dashboard.Domain;
using Dashboard.Domain.Catalog;

namespace Dashboard.Application.Catalog;

/// <summary>
/// A store as an Admin describes it (page, API): its name, endpoint (none for the embedded local store), sign-in,
/// and the label each environment reads (null or empty: the null label). Never a secret.
/// </summary>
public sealed record StoreDefinition(
    string? Name, string? Endpoint, ConfigStoreAuthentication? Authentication, IReadOnlyDictionary<string, string?> Environments, bool Local = false)
{
    /// <summary>The store this describes, checked field by field; <see cref="InputException.Field"/> says which to fix.</summary>
    public ConfigStore ToStore()
    {
        var name = Checked("name", () => CatalogName.Validate(Name, "config store"));
        var endpoint = Local ? null : Checked("endpoint", () => ConfigStoreEndpoint.Parse(Endpoint, name));
        var store = Checked(Local ? "endpoint" : "authentication", () =>
            new ConfigStore(name, Local ? ConfigStoreKind.Local : ConfigStoreKind.AzureAppConfiguration, endpoint, Local ? null : Authentication));
        Bindings();
        return store;
    }

    /// <summary>The environments' labels, each checked.</summary>
    public IReadOnlyList<ConfigStoreBinding> Bindings() =>
        Checked("environments", () => Environments.Select(e => new ConfigStoreBinding(e.Key, string.IsNullOrEmpty(e.Value) ? null : e.Value)).ToList());

    private static T Checked<T>(string field, Func<T> build)
    {
        try
        {
            return build();
        }
        catch (DomainException ex)
        {
            throw new InputException(field, ex.Message);
        }
    }
}
