using Dashboard.Domain.Catalog;

namespace Dashboard.Application.Catalog;

/// <summary>
/// The outcome of an import: the merge report, or (when the YAML itself is malformed) the reasons nothing was imported.
/// </summary>
public sealed record CatalogImportResult(CatalogMergeReport? Report, IReadOnlyList<CatalogDiagnostic> Rejections)
{
    public bool IsRejected => Report is null;

    public static CatalogImportResult Rejected(IReadOnlyList<CatalogDiagnostic> rejections) => new(null, rejections);

    public static CatalogImportResult Merged(CatalogMergeReport report) => new(report, []);
}
