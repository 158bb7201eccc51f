using Dashboard.Analysis.Catalog;
using Dashboard.Domain.Catalog;
using Dashboard.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Infrastructure.Catalog;

/// <summary>
/// Imports Backstage descriptors into the stored catalog: reads them against the stored catalog, merges
/// (<see cref="CatalogMerge"/>: add and update, never delete) and saves everything in one SaveChanges, which is one
/// transaction: an import that fails part-way leaves the database as it was.
/// </summary>
public sealed class CatalogImportService(IDbContextFactory<DashboardDbContext> contextFactory)
{
    /// <summary>The most YAML one import takes (all files together); a catalog of hundreds of services fits.</summary>
    public const int MaxImportBytes = 1024 * 1024;

    public async Task<CatalogImportResult> ImportAsync(IReadOnlyList<(string File, string Text)> files, CancellationToken cancellationToken)
    {
        var rejections = Malformed(files);
        if (rejections.Count > 0) return CatalogImportResult.Rejected(rejections);

        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var tracked = await TrackedCatalog.LoadAsync(db, cancellationToken);
        var import = BackstageCatalogReader.Read(files, tracked.Catalog);
        var report = CatalogMerge.Apply(tracked.Catalog, import);
        if (report.ChangedAnything)
        {
            tracked.StageChanges(db);
            await db.SaveChangesAsync(cancellationToken);
        }
        return CatalogImportResult.Merged(report);
    }

    // YAML that does not parse, or a document that is no descriptor at all, rejects the whole import: merging the
    // rest would look like success while part of what was sent was lost.
    private static List<CatalogDiagnostic> Malformed(IReadOnlyList<(string File, string Text)> files)
    {
        var diagnostics = new List<CatalogDiagnostic>();
        var size = files.Sum(f => (long)System.Text.Encoding.UTF8.GetByteCount(f.Text));
        if (size > MaxImportBytes)
            return [new CatalogDiagnostic("request", null, $"The import is {size / 1024} KB; at most {MaxImportBytes / 1024} KB can be imported at once. Split it into several imports.")];
        var entities = 0;
        foreach (var (file, text) in files)
            entities += BackstageDocumentParser.Parse(file, text, diagnostics).Count;
        if (diagnostics.Count == 0 && entities == 0)
            diagnostics.Add(new CatalogDiagnostic(files.Count == 1 ? files[0].File : "request", null,
                "No descriptor found; give one or more Backstage entities (kind, metadata.name, spec), separated by '---'."));
        return diagnostics;
    }
}
