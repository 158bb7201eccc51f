using System.Globalization;
using Dashboard.Domain.Audit;
using Dashboard.Domain.Catalog;

namespace Dashboard.Application.Catalog;

/// <summary>Audit records of catalog edits: what an entry said before and after, in words.</summary>
internal static class CatalogAudit
{
    public static AuditRecord ServiceUpdated(DateTimeOffset at, string actor, string before, Service after) =>
        new(at, actor, "catalog.service-updated", $"catalog/service/{after.Name}", new AuditSide(Description: before), new AuditSide(Description: Describe(after)));

    public static AuditRecord ServiceRemoved(DateTimeOffset at, string actor, Service removed) =>
        new(at, actor, "catalog.service-removed", $"catalog/service/{removed.Name}", new AuditSide(Description: Describe(removed)), null);

    public static AuditRecord RetryPolicyChanged(DateTimeOffset at, string actor, Dependency dependency, RetryPolicy before) =>
        new(at, actor, "catalog.retry-policy-changed", $"catalog/dependency/{dependency.Caller}/{dependency.TargetReference}",
            new AuditSide(Description: before.Describe()), new AuditSide(Description: dependency.Retry.Describe()));

    public static AuditRecord DependencyRemoved(DateTimeOffset at, string actor, Dependency removed) =>
        new(at, actor, "catalog.dependency-removed", $"catalog/dependency/{removed.Caller}/{removed.TargetReference}",
            new AuditSide(Description: removed.Retry.Describe()), null);

    public static AuditRecord Imported(DateTimeOffset at, string actor, CatalogMergeReport report) =>
        new(at, actor, "catalog.imported", "catalog",
            null, new AuditSide(Description: string.Create(CultureInfo.InvariantCulture,
                $"Imported: {report.Added.Count} added, {report.Updated.Count} updated, {report.Unchanged.Count} unchanged, {report.Skipped.Count} skipped.")));

    public static AuditRecord StoreChanged(DateTimeOffset at, string actor, string action, string? before, ConfigStore after) =>
        new(at, actor, action, $"catalog/store/{after.Name}", before is null ? null : new AuditSide(Description: before), new AuditSide(Description: Describe(after)));

    public static string Describe(ConfigStore store) =>
        $"{store.Kind} at '{store.Endpoint?.ToString() ?? "(embedded)"}', sign-in {store.Authentication}, "
        + $"labels [{string.Join(", ", store.Bindings.Select(b => $"{b.Environment}: {b.Label ?? "(null)"}"))}]";

    public static string Describe(Service service) =>
        $"owner {service.OwnerTeam}, store {service.ConfigStore ?? "(none)"}, {service.Kind}, {service.Lifecycle}, source '{service.SourcePath ?? "(none)"}', "
        + $"keys [{string.Join(", ", service.DeclaredConfigKeys)}], description '{service.Description}'";
}
