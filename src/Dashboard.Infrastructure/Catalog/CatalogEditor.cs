using Dashboard.Domain;
using Dashboard.Domain.Catalog;
using Dashboard.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Infrastructure.Catalog;

/// <summary>
/// Changes the stored catalog through its domain methods, one context and one save per edit. A refused edit throws
/// <see cref="DomainException"/> before anything is saved, so the stored entry stays as it was.
/// </summary>
public sealed class CatalogEditor(IDbContextFactory<DashboardDbContext> contextFactory)
{
    public Task UpdateServiceAsync(ServiceChanges changes, CancellationToken cancellationToken) =>
        EditAsync(catalog =>
        {
            var service = RequireService(catalog, changes.Name);
            service.Update(changes.OwnerTeam, changes.Kind, changes.Lifecycle, changes.Description);
            service.SetSourcePath(changes.SourcePath);
            service.SetDeclaredConfigKeys(changes.DeclaredConfigKeys);
            if (changes.ConfigStore is { } store) catalog.SetConfigStore(service.Name, store);
        }, cancellationToken);

    public Task ChangeRetryPolicyAsync(string caller, DependencyTargetKind targetKind, string target, RetryPolicy retry, CancellationToken cancellationToken) =>
        EditAsync(catalog => catalog.ChangeRetryPolicy(caller, targetKind, target, retry), cancellationToken);

    public Task RemoveDependencyAsync(string caller, DependencyTargetKind targetKind, string target, CancellationToken cancellationToken) =>
        EditAsync(catalog => catalog.RemoveDependency(caller, targetKind, target), cancellationToken);

    public Task RemoveServiceAsync(string name, CancellationToken cancellationToken) =>
        EditAsync(catalog => catalog.RemoveService(name), cancellationToken);

    /// <exception cref="StoreInputException">The definition is invalid, the environments are unknown, or the name is taken.</exception>
    public Task AddStoreAsync(StoreDefinition definition, CancellationToken cancellationToken) =>
        EditAsync(catalog =>
        {
            var store = definition.ToStore();
            if (catalog.FindStore(store.Name) is not null)
                throw new StoreInputException("name", $"Store '{store.Name}' already exists; edit it instead, or choose another name.");
            InField("environments", () => catalog.AddStore(store, [.. definition.Bindings()]));
        }, cancellationToken);

    /// <summary>Changes the endpoint, sign-in and labels of store <paramref name="name"/>; its name stays.</summary>
    public Task UpdateStoreAsync(string name, StoreDefinition definition, CancellationToken cancellationToken) =>
        EditAsync(catalog =>
        {
            var existing = RequireStore(catalog, name);
            var wanted = (definition with { Name = existing.Name, Local = existing.Kind == ConfigStoreKind.Local }).ToStore();
            InField("environments", () => catalog.UpdateStore(existing.Name, wanted.Endpoint, wanted.Authentication, definition.Bindings()));
        }, cancellationToken);

    public Task RemoveStoreAsync(string name, CancellationToken cancellationToken) =>
        EditAsync(catalog => catalog.RemoveStore(RequireStore(catalog, name).Name), cancellationToken);

    private async Task EditAsync(Action<ServiceCatalog> edit, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var tracked = await TrackedCatalog.LoadAsync(db, cancellationToken);
        edit(tracked.Catalog);
        tracked.StageChanges(db);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static ConfigStore RequireStore(ServiceCatalog catalog, string name) =>
        catalog.FindStore(name)
        ?? throw new DomainException($"There is no store '{name}' in the catalog any more; reload the page to see the current list.");

    private static void InField(string field, Action edit)
    {
        try
        {
            edit();
        }
        catch (DomainException ex)
        {
            throw new StoreInputException(field, ex.Message);
        }
    }

    private static Service RequireService(ServiceCatalog catalog, string name) =>
        catalog.FindService(name)
        ?? throw new DomainException($"There is no service '{name}' in the catalog any more; reload the page to see the current list.");
}
