using Dashboard.Analysis.Scanning;

namespace Dashboard.Cli;

// One run of `scan` with validated arguments: reads the catalog, scans, writes JSON or the summary.
internal sealed class ScanRun(TextWriter stdout, TextWriter stderr)
{
    public async Task<int> RunAsync(string folder, string? catalogPath, bool json, CancellationToken cancellationToken)
    {
        var outcome = await CatalogScan.RunAsync(folder, catalogPath, stderr, cancellationToken);
        if (outcome.Scan is null)
        {
            await stderr.WriteLineAsync($"dashboard: {outcome.Error}");
            return ExitCodes.BadArguments;
        }
        if (json)
            await stdout.WriteLineAsync(ScanJson.Serialize(outcome.Scan));
        else
            await ScanSummary.WriteAsync(outcome.Scan, stdout);
        return ExitCodes.Success;
    }
}
