using Dashboard.Domain.Scanning;

namespace Dashboard.Cli;

/// <summary>The scan for people: per service its selectors, refresh, how many keys it reads and the risks, with file:line.</summary>
public static class ScanSummary
{
    public static async Task WriteAsync(ScanResult result, TextWriter output)
    {
        foreach (var service in result.Services)
        {
            await output.WriteLineAsync($"{service.Name} ({(service.Path.Length == 0 ? "." : service.Path)})");
            await output.WriteLineAsync($"  selectors: {List(service.Selectors.Select(s => $"{s.KeyFilter} {AppConfigLabel.Describe(s.LabelFilter)}"))}");
            await output.WriteLineAsync($"  refresh:   {Refresh(service)}");
            await output.WriteLineAsync($"  reads:     {Count(service.Reads.Count, "key read", "key reads")}");
            foreach (var finding in service.Findings)
                await output.WriteLineAsync($"  finding:   {finding.File}:{finding.Line} {finding.Rule}: {finding.Message}");
        }
        foreach (var diagnostic in result.Diagnostics)
            await output.WriteLineAsync($"diagnostic: {diagnostic}");
        await output.WriteLineAsync($"{Count(result.Services.Count, "service", "services")}, "
            + $"{Count(result.Services.Sum(s => s.Findings.Count), "finding", "findings")}, {Count(result.Diagnostics.Count, "diagnostic", "diagnostics")}.");
    }

    private static string Refresh(ServiceScan service)
    {
        var watched = service.Refresh
            .Select(r => $"{r.Key} {AppConfigLabel.Describe(r.Label)}{(r.RefreshAll ? " refreshAll" : "")}")
            .Concat(service.WatchAll ? ["all selected keys"] : []);
        var list = List(watched);
        return list == "none" ? list : $"{list}, every {service.RefreshIntervalSeconds:0.###} s";
    }

    private static string Count(int count, string one, string many) => $"{count} {(count == 1 ? one : many)}";

    private static string List(IEnumerable<string> items)
    {
        var text = string.Join(", ", items);
        return text.Length == 0 ? "none" : text;
    }
}
