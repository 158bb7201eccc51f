using System.Text.Json;
using Dashboard.Analysis.ConfigExport;
using Dashboard.Domain.BlastRadius;

namespace Dashboard.Cli;

// One run of `blast-radius --diff before after`: the radius of every key-value the pull request adds, changes or deletes,
// each analysed against the store as it was before (so a new key is checked against the keys that exist, e.g. look-alikes).
internal sealed class DiffRun(TextWriter stdout, TextWriter stderr)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = false };

    public async Task<int> RunAsync(string beforePath, string afterPath, string? flatLabel, string catalogPath, string source,
        string environment, bool validatedInStaging, RiskLevel? failOn, OutputFormat format, CancellationToken cancellationToken)
    {
        ExportFile before, after;
        try
        {
            before = await ExportFileReader.ReadAsync(beforePath, flatLabel, new ExportLimits(), cancellationToken);
            after = await ExportFileReader.ReadAsync(afterPath, flatLabel, new ExportLimits(), cancellationToken);
        }
        catch (ExportFileException error)
        {
            await stderr.WriteLineAsync($"dashboard: {error.Message}");
            return ExitCodes.BadArguments;
        }
        if (before.Profile == ExportProfile.KvSet && flatLabel is not null)
        {
            await stderr.WriteLineAsync($"dashboard: '{beforePath}' is an appconfig/kvset export, which carries each key's label; leave out --label (it labels flat JSON files).");
            return ExitCodes.BadArguments;
        }
        if (before.Profile != after.Profile)
        {
            await stderr.WriteLineAsync($"dashboard: '{beforePath}' is {Describe(before.Profile)} and '{afterPath}' is {Describe(after.Profile)}; "
                + "export both with the same --profile so labels compare alike.");
            return ExitCodes.BadArguments;
        }
        var outcome = await CatalogScan.RunAsync(source, catalogPath, stderr, cancellationToken);
        if (outcome.Scan is null)
        {
            await stderr.WriteLineAsync($"dashboard: {outcome.Error}");
            return ExitCodes.BadArguments;
        }
        var keys = new List<DiffedKey>();
        foreach (var change in ExportDiff.Compare(before.Settings, after.Settings))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var proposed = change.After is { } written
                ? ProposedChange.Set("export", written.Key, written.Label, written.Value ?? "", written.ContentType)
                : ProposedChange.Delete("export", change.Key, change.Label);
            keys.Add(new DiffedKey(change, BlastRadiusPreview.Analyze(proposed, environment, BlastRadiusRun.IsProduction(environment),
                new Dictionary<string, string?> { [environment] = change.Label }, before.Settings, outcome.Scan, outcome.Catalog?.Catalog, validatedInStaging)));
        }
        await WriteAsync(keys, format);
        var highest = keys.Count == 0 ? (RiskLevel?)null : keys.Max(k => k.Radius.RiskLevel);
        if (failOn is { } threshold && highest >= threshold)
        {
            var over = keys.Where(k => k.Radius.RiskLevel >= threshold).Select(k => $"{k.Change.Key} ({k.Radius.RiskLevel.ToString().ToLowerInvariant()})");
            await stderr.WriteLineAsync($"dashboard: risk level {highest.Value.ToString().ToLowerInvariant()} is at or above --fail-on "
                + $"{threshold.ToString().ToLowerInvariant()}: {string.Join(", ", over)}");
            return ExitCodes.Failure;
        }
        return ExitCodes.Success;
    }

    private async Task WriteAsync(IReadOnlyList<DiffedKey> keys, OutputFormat format)
    {
        switch (format)
        {
            case OutputFormat.Markdown:
                await DiffMarkdown.WriteAsync(keys, stdout);
                break;
            case OutputFormat.Json:
                await stdout.WriteLineAsync(JsonSerializer.Serialize(keys.Select(k => new
                {
                    change = k.Change.Kind,
                    key = k.Change.Key,
                    label = k.Change.Label,
                    before = k.Change.Before is null ? null : ShownValue.Of(k.Change.Before),
                    after = k.Change.After is null ? null : ShownValue.Of(k.Change.After),
                    radius = k.Radius,
                }), Json));
                break;
            default:
                if (keys.Count == 0)
                    await stdout.WriteLineAsync("No key-values changed.");
                foreach (var key in keys)
                {
                    await stdout.WriteLineAsync($"{key.Change.Kind.ToString().ToLowerInvariant()}: {ShownValue.Of(key.Change.Before)} → {ShownValue.Of(key.Change.After)}");
                    await BlastRadiusSummary.WriteAsync(key.Radius, stdout);
                }
                break;
        }
    }

    private static string Describe(ExportProfile profile) => profile == ExportProfile.KvSet ? "an appconfig/kvset export" : "a flat JSON export";
}
