using System.Text.Json;
using Dashboard.Domain.BlastRadius;

namespace Dashboard.Cli;

// One run of `blast-radius`: offline, so there is no live store; drift and type changes need the dashboard's API.
internal sealed class BlastRadiusRun(TextWriter stdout, TextWriter stderr)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = false };

    public async Task<int> RunAsync(ProposedChange change, string catalogPath, string source, string environment,
        bool validatedInStaging, RiskLevel? failOn, bool json, CancellationToken cancellationToken)
    {
        var outcome = await CatalogScan.RunAsync(source, catalogPath, stderr, cancellationToken);
        if (outcome.Scan is null)
        {
            await stderr.WriteLineAsync($"dashboard: {outcome.Error}");
            return ExitCodes.BadArguments;
        }
        var radius = BlastRadiusPreview.Analyze(change, environment, IsProduction(environment),
            new Dictionary<string, string?> { [environment] = change.Label }, [], outcome.Scan, outcome.Catalog?.Catalog, validatedInStaging);
        if (json)
            await stdout.WriteLineAsync(JsonSerializer.Serialize(radius, Json));
        else
            await BlastRadiusSummary.WriteAsync(radius, stdout);
        if (failOn is { } threshold && radius.RiskLevel >= threshold)
        {
            await stderr.WriteLineAsync($"dashboard: risk level {radius.RiskLevel.ToString().ToLowerInvariant()} is at or above --fail-on {threshold.ToString().ToLowerInvariant()}: {radius.RiskExplanation}");
            return ExitCodes.Failure;
        }
        return ExitCodes.Success;
    }

    public static bool IsProduction(string environment) =>
        environment.Equals("production", StringComparison.OrdinalIgnoreCase) || environment.Equals("prod", StringComparison.OrdinalIgnoreCase);
}
