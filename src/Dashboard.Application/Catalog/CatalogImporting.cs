using System.Text;
using Dashboard.Application.Persistence;
using Dashboard.Domain.Catalog;

namespace Dashboard.Application.Catalog;

/// <summary>
/// Imports catalog descriptors into the stored catalog: reads them against the stored catalog, merges
/// (<see cref="CatalogMerge"/>: add and update, never delete) and saves everything with one audit entry in one transaction:
/// an import that fails part-way leaves the database as it was.
/// </summary>
public sealed class CatalogImporting(IUnitOfWorkFactory units, ICatalogDescriptorReader reader, TimeProvider time, ISourceScanRefresh? rescans = null)
{
    /// <summary>The most YAML one import takes (all files together); a catalog of hundreds of services fits.</summary>
    public const int MaxImportBytes = 1024 * 1024;

    public async Task<CatalogImportResult> ImportAsync(IReadOnlyList<(string File, string Text)> files, string actor, CancellationToken cancellationToken)
    {
        var size = files.Sum(f => (long)Encoding.UTF8.GetByteCount(f.Text));
        if (size > MaxImportBytes)
            return CatalogImportResult.Rejected([new CatalogDiagnostic("request", null,
                $"The import is {size / 1024} KB; at most {MaxImportBytes / 1024} KB can be imported at once. Split it into several imports.")]);
        // YAML that does not parse, or a document that is no descriptor at all, rejects the whole import: merging the
        // rest would look like success while part of what was sent was lost.
        var rejections = reader.Malformed(files);
        if (rejections.Count > 0) return CatalogImportResult.Rejected(rejections);

        await using var unit = await units.BeginAsync(cancellationToken);
        var catalog = await unit.Catalog.LoadAsync(cancellationToken);
        var report = CatalogMerge.Apply(catalog, reader.Read(files, catalog));
        if (report.ChangedAnything)
        {
            unit.Audit.Record(CatalogAudit.Imported(time.GetUtcNow(), actor, report));
            await unit.SaveAsync(cancellationToken);
            rescans?.RequestRescan("a catalog import");
        }
        return CatalogImportResult.Merged(report);
    }
}
