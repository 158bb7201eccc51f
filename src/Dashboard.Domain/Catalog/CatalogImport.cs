namespace Dashboard.Domain.Catalog;

/// <summary>
/// A catalog read from outside (Backstage descriptors): the entries that were valid, where each was declared,
/// each service's source folder when annotated, and what was skipped and why.
/// </summary>
public sealed record CatalogImport(
    ServiceCatalog Catalog,
    IReadOnlyDictionary<string, CatalogEntrySource> Sources,
    IReadOnlyDictionary<string, string> SourcePaths,
    IReadOnlyList<CatalogDiagnostic> Diagnostics)
{
    /// <summary>
    /// Dependencies on entries that are not in the import but already in the stored catalog (read with it as the base);
    /// a merge adds them there.
    /// </summary>
    public IReadOnlyList<ImportedDependency> DependenciesOnKnownEntries { get; init; } = [];
}
