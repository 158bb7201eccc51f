namespace Dashboard.Domain.Catalog;

/// <summary>
/// What merging an import into the stored catalog did: entries added, updated (with each change), unchanged,
/// kept although the import does not mention them (a merge never deletes), and skipped with the reason and place.
/// </summary>
public sealed record CatalogMergeReport(
    IReadOnlyList<CatalogMergeEntry> Added,
    IReadOnlyList<CatalogMergeEntry> Updated,
    IReadOnlyList<string> Unchanged,
    IReadOnlyList<string> NotInImport,
    IReadOnlyList<CatalogDiagnostic> Skipped)
{
    public bool ChangedAnything => Added.Count > 0 || Updated.Count > 0;
}
