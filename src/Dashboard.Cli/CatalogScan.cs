using Dashboard.Domain.Catalog;
using Dashboard.Domain.Scanning;
using Dashboard.Analysis.Catalog;
using Dashboard.Analysis.Scanning;

namespace Dashboard.Cli;

// Reads an optional catalog and scans the source folder with it: shared by `scan` and `blast-radius`.
internal static class CatalogScan
{
    public sealed record Outcome(CatalogImport? Catalog, ScanResult? Scan, string? Error);

    public static async Task<Outcome> RunAsync(string folder, string? catalogPath, TextWriter stderr, CancellationToken cancellationToken)
    {
        CatalogImport? catalog = null;
        IReadOnlyList<(string service, string path)>? catalogPaths = null;
        if (catalogPath is not null)
        {
            catalog = BackstageCatalogReader.ReadPath(catalogPath);
            foreach (var diagnostic in catalog.Diagnostics)
                await stderr.WriteLineAsync($"catalog: {diagnostic}");
            if (catalog.SourcePaths.Count == 0)
                return new Outcome(catalog, null, $"The catalog '{catalogPath}' gives no component a source folder. Add the "
                    + $"{BackstageAnnotations.SourcePath} annotation (relative to '{folder}') or {BackstageAnnotations.SourceLocation}: dir:… to each component.");
            catalogPaths = [.. catalog.SourcePaths.Select(entry => (entry.Key, entry.Value))];
        }
        try
        {
            return new Outcome(catalog, await new SourceScanner().ScanAsync(folder, catalogPaths, cancellationToken), null);
        }
        catch (DirectoryNotFoundException error)
        {
            // A catalog entry pointing at a folder that is not there: the catalog needs fixing, not the scanner.
            return new Outcome(catalog, null, error.Message);
        }
    }
}
