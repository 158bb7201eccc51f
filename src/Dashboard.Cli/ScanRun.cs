using Dashboard.Domain.Scanning;
using Dashboard.Infrastructure.Catalog;
using Dashboard.Infrastructure.Scanning;

namespace Dashboard.Cli;

// One run of `scan` with validated arguments: reads the catalog, scans, writes JSON or the summary.
internal sealed class ScanRun(TextWriter stdout, TextWriter stderr)
{
    public async Task<int> RunAsync(string folder, string? catalogPath, bool json, CancellationToken cancellationToken)
    {
        IReadOnlyList<(string service, string path)>? catalogPaths = null;
        if (catalogPath is not null)
        {
            var catalog = BackstageCatalogReader.ReadPath(catalogPath);
            foreach (var diagnostic in catalog.Diagnostics)
                await stderr.WriteLineAsync($"catalog: {diagnostic}");
            if (catalog.SourcePaths.Count == 0)
            {
                await stderr.WriteLineAsync($"dashboard: The catalog '{catalogPath}' gives no component a source folder. Add the "
                    + $"{BackstageAnnotations.SourcePath} annotation (relative to '{folder}') or {BackstageAnnotations.SourceLocation}: dir:… to each component.");
                return ExitCodes.BadArguments;
            }
            catalogPaths = [.. catalog.SourcePaths.Select(entry => (entry.Key, entry.Value))];
        }

        ScanResult result;
        try
        {
            result = await new SourceScanner().ScanAsync(folder, catalogPaths, cancellationToken);
        }
        catch (DirectoryNotFoundException error)
        {
            // A catalog entry pointing at a folder that is not there: the catalog needs fixing, not the scanner.
            await stderr.WriteLineAsync($"dashboard: {error.Message}");
            return ExitCodes.BadArguments;
        }

        if (json)
            await stdout.WriteLineAsync(ScanJson.Serialize(result));
        else
            await ScanSummary.WriteAsync(result, stdout);
        return ExitCodes.Success;
    }
}
