using Dashboard.Domain.BlastRadius;

namespace Dashboard.Cli;

/// <summary>The blast radius for people reading a pipeline log.</summary>
public static class BlastRadiusSummary
{
    public static async Task WriteAsync(Domain.BlastRadius.BlastRadius radius, TextWriter output)
    {
        await output.WriteLineAsync($"{radius.Key} [{radius.Label ?? "no label"}]: risk {radius.RiskLevel.ToString().ToLowerInvariant()}");
        await output.WriteLineAsync($"  {radius.RiskExplanation}");
        foreach (var affected in radius.Affected)
            await output.WriteLineAsync($"  affected {affected.Service}: sees it {Describe(affected.SeesChange)}{(affected.Reloads ? ", reloads" : "")}; {string.Join("; ", affected.Reasons)}");
        foreach (var selected in radius.SelectedNoRead)
            await output.WriteLineAsync($"  selects (no read found) {selected.Service}");
        foreach (var downstream in radius.Downstream)
            await output.WriteLineAsync($"  downstream {downstream.Service} via {downstream.Via}: up to {downstream.Amplification} calls per request{(downstream.HasBackoff ? "" : ", no backoff")}");
        foreach (var risk in radius.Risks)
            await output.WriteLineAsync($"  risk {risk.Rule}{(risk.Service is null ? "" : $" ({risk.Service})")}: {risk.Message} [{risk.Evidence}]");
    }

    private static string Describe(SeesChange seesChange) => seesChange switch
    {
        SeesChange.Immediately => "immediately",
        SeesChange.OnRefresh => "on the next refresh",
        SeesChange.OnRestart => "on restart",
        _ => "at an unknown time",
    };
}
