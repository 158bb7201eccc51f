using Dashboard.Application.Errors;
using Dashboard.Application.Persistence;
using Dashboard.Domain;
using Dashboard.Domain.Catalog;

namespace Dashboard.Application.Catalog;

/// <summary>
/// Changes the stored catalog through its domain methods, one unit of work per edit, each with an audit entry. A refused edit
/// throws <see cref="DomainException"/> before anything is saved; an edit made from an entry someone else changed since is
/// refused with a <see cref="ConflictException"/> carrying what the entry says now. Owners and retry policies change
/// blast-radius verdicts, so neither may be overwritten unseen.
/// </summary>
public sealed class CatalogEditing(IUnitOfWorkFactory units, TimeProvider time, ISourceScanRefresh? rescans = null)
{
    public async Task UpdateServiceAsync(ServiceChanges changes, string actor, CancellationToken cancellationToken)
    {
        await using var unit = await units.BeginAsync(cancellationToken);
        var catalog = await unit.Catalog.LoadAsync(cancellationToken);
        var service = RequireService(catalog, changes.Name);
        RequireVersion(unit.Catalog.VersionOf(service), changes.ExpectedVersion, $"Service '{service.Name}'", () => CatalogAudit.Describe(service));
        var before = CatalogAudit.Describe(service);
        var sourcePathBefore = service.SourcePath;
        service.Update(changes.OwnerTeam, changes.Kind, changes.Lifecycle, changes.Description);
        service.SetSourcePath(changes.SourcePath);
        service.SetDeclaredConfigKeys(changes.DeclaredConfigKeys);
        if (changes.ConfigStore is { } store) catalog.SetConfigStore(service.Name, store);
        if (CatalogAudit.Describe(service) == before) return;
        unit.Audit.Record(CatalogAudit.ServiceUpdated(time.GetUtcNow(), actor, before, service));
        await SaveAsync(unit, $"Service '{service.Name}'", cancellationToken);
        if (!string.Equals(sourcePathBefore, service.SourcePath, StringComparison.Ordinal))
            rescans?.RequestRescan($"the source folder of {service.Name} changed");
    }

    public async Task ChangeRetryPolicyAsync(RetryPolicyChange change, string actor, CancellationToken cancellationToken)
    {
        await using var unit = await units.BeginAsync(cancellationToken);
        var catalog = await unit.Catalog.LoadAsync(cancellationToken);
        var dependency = catalog.FindDependency(change.Caller, change.TargetKind, change.Target)
            ?? throw new NotFoundException("dependency", $"{change.Caller} no longer calls {change.Target} in the catalog; reload the page to see the current list.");
        var what = $"The retry policy of {dependency.Caller} → {dependency.TargetReference}";
        RequireVersion(unit.Catalog.VersionOf(dependency), change.ExpectedVersion, what, () => dependency.Retry.Describe());
        var before = dependency.Retry;
        catalog.ChangeRetryPolicy(change.Caller, change.TargetKind, change.Target, change.Retry);
        if (before == dependency.Retry) return;
        unit.Audit.Record(CatalogAudit.RetryPolicyChanged(time.GetUtcNow(), actor, dependency, before));
        await SaveAsync(unit, what, cancellationToken);
    }

    public async Task RemoveDependencyAsync(string caller, DependencyTargetKind targetKind, string target, string actor, CancellationToken cancellationToken)
    {
        await using var unit = await units.BeginAsync(cancellationToken);
        var catalog = await unit.Catalog.LoadAsync(cancellationToken);
        var removed = catalog.RemoveDependency(caller, targetKind, target);
        unit.Audit.Record(CatalogAudit.DependencyRemoved(time.GetUtcNow(), actor, removed));
        await SaveAsync(unit, $"The call {caller} → {removed.TargetReference}", cancellationToken);
    }

    public async Task RemoveServiceAsync(string name, string actor, CancellationToken cancellationToken)
    {
        await using var unit = await units.BeginAsync(cancellationToken);
        var catalog = await unit.Catalog.LoadAsync(cancellationToken);
        var removed = catalog.RemoveService(name);
        unit.Audit.Record(CatalogAudit.ServiceRemoved(time.GetUtcNow(), actor, removed));
        await SaveAsync(unit, $"Service '{name}'", cancellationToken);
        if (removed.SourcePath is not null) rescans?.RequestRescan($"{name} left the catalog");
    }

    /// <exception cref="InputException">The definition is invalid, the environments are unknown, or the name is taken.</exception>
    public async Task AddStoreAsync(StoreDefinition definition, string actor, CancellationToken cancellationToken)
    {
        await using var unit = await units.BeginAsync(cancellationToken);
        var catalog = await unit.Catalog.LoadAsync(cancellationToken);
        var store = definition.ToStore();
        if (catalog.FindStore(store.Name) is not null)
            throw new InputException("name", $"Store '{store.Name}' already exists; edit it instead, or choose another name.");
        InField("environments", () => catalog.AddStore(store, [.. definition.Bindings()]));
        unit.Audit.Record(CatalogAudit.StoreChanged(time.GetUtcNow(), actor, "catalog.store-added", null, catalog.FindStore(store.Name)!));
        await SaveAsync(unit, $"Store '{store.Name}'", cancellationToken);
    }

    /// <summary>Changes the endpoint, sign-in and labels of store <paramref name="name"/>; its name stays.</summary>
    public async Task UpdateStoreAsync(string name, StoreDefinition definition, string actor, CancellationToken cancellationToken)
    {
        await using var unit = await units.BeginAsync(cancellationToken);
        var catalog = await unit.Catalog.LoadAsync(cancellationToken);
        var existing = RequireStore(catalog, name);
        var before = CatalogAudit.Describe(existing);
        var wanted = (definition with { Name = existing.Name, Local = existing.Kind == ConfigStoreKind.Local }).ToStore();
        InField("environments", () => catalog.UpdateStore(existing.Name, wanted.Endpoint, wanted.Authentication, definition.Bindings()));
        unit.Audit.Record(CatalogAudit.StoreChanged(time.GetUtcNow(), actor, "catalog.store-updated", before, RequireStore(catalog, name)));
        await SaveAsync(unit, $"Store '{existing.Name}'", cancellationToken);
    }

    public async Task RemoveStoreAsync(string name, string actor, CancellationToken cancellationToken)
    {
        await using var unit = await units.BeginAsync(cancellationToken);
        var catalog = await unit.Catalog.LoadAsync(cancellationToken);
        var existing = RequireStore(catalog, name);
        var before = CatalogAudit.Describe(existing);
        catalog.RemoveStore(existing.Name);
        unit.Audit.Record(new Domain.Audit.AuditRecord(time.GetUtcNow(), actor, "catalog.store-removed", $"catalog/store/{existing.Name}",
            new Domain.Audit.AuditSide(Description: before), null));
        await SaveAsync(unit, $"Store '{existing.Name}'", cancellationToken);
    }

    private static ConfigStore RequireStore(ServiceCatalog catalog, string name) =>
        catalog.FindStore(name)
        ?? throw new NotFoundException("store", $"There is no store '{name}' in the catalog any more; reload the page to see the current list.");

    private static void InField(string field, Action edit)
    {
        try
        {
            edit();
        }
        catch (DomainException ex)
        {
            throw new InputException(field, ex.Message);
        }
    }

    private static async Task SaveAsync(IUnitOfWork unit, string what, CancellationToken cancellationToken)
    {
        try
        {
            await unit.SaveAsync(cancellationToken);
        }
        catch (ConcurrentChangeException error)
        {
            throw new ConflictException($"{what} was changed by someone else while this edit was saved; nothing was saved. Reload it and make the edit again.", null, error);
        }
    }

    private static void RequireVersion(int stored, int? expected, string what, Func<string> current)
    {
        if (expected is { } version && version != stored)
            throw new ConflictException(
                $"{what} was changed by someone else since you opened it; nothing was saved. It now says: {current()}. Look at the current values and make your edit again.",
                current());
    }

    private static Service RequireService(ServiceCatalog catalog, string name) =>
        catalog.FindService(name)
        ?? throw new NotFoundException("service", $"There is no service '{name}' in the catalog any more; reload the page to see the current list.");
}
