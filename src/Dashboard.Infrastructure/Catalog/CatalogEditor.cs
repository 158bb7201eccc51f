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
        }, cancellationToken);

    public Task ChangeRetryPolicyAsync(string caller, DependencyTargetKind targetKind, string target, RetryPolicy retry, CancellationToken cancellationToken) =>
        EditAsync(catalog => catalog.ChangeRetryPolicy(caller, targetKind, target, retry), cancellationToken);

    public Task RemoveDependencyAsync(string caller, DependencyTargetKind targetKind, string target, CancellationToken cancellationToken) =>
        EditAsync(catalog => catalog.RemoveDependency(caller, targetKind, target), cancellationToken);

    public Task RemoveServiceAsync(string name, CancellationToken cancellationToken) =>
        EditAsync(catalog => catalog.RemoveService(name), cancellationToken);

    private async Task EditAsync(Action<ServiceCatalog> edit, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var tracked = await TrackedCatalog.LoadAsync(db, cancellationToken);
        edit(tracked.Catalog);
        tracked.StageChanges(db);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static Service RequireService(ServiceCatalog catalog, string name) =>
        catalog.FindService(name)
        ?? throw new DomainException($"There is no service '{name}' in the catalog any more; reload the page to see the current list.");
}
