namespace Dashboard.Web.Model;

/// <summary>One service as the Catalog page lists it.</summary>
public sealed record CatalogServiceRow(
    string Name,
    string OwnerTeam,
    string Kind,
    string Lifecycle,
    string Description,
    string? SourcePath,
    IReadOnlyList<string> DeclaredConfigKeys,
    IReadOnlyList<CatalogDependencyRow> DependsOn);

/// <summary>A call the service makes, with the retry policy the Admin can edit.</summary>
public sealed record CatalogDependencyRow(
    string Caller,
    Dashboard.Domain.Catalog.DependencyTargetKind TargetKind,
    string Target,
    string TargetReference,
    string RetryDescription,
    bool RetriesWithoutBackoff);
