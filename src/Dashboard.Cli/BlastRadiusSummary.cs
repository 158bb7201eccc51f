using Dashboard.Domain.BlastRadius;

namespace Dashboard.Cli;

/// <summary>The blast radius for people reading a pipeline log.</summary>
public static class BlastRadiusSummary
{
    public static async Task WriteAsync(Domain.BlastRadius.BlastRadius radius, TextWriter output)
    {
        var what = radius.Change switch
        {
            "delete" => "deleting ",
            "any-change" => "any change to ",
            _ => "",
        };
        await output.WriteLineAsync($"{what}{radius.Key} [{radius.Label ?? "no label"}]: risk {radius.RiskLevel.ToString().ToLowerInvariant()}");
        await output.WriteLineAsync($"  {radius.RiskExplanation}");
        if (radius.Timeline.Count > 0)
            await output.WriteLineAsync("  after the write:");
        foreach (var step in radius.Timeline)
        {
            await output.WriteLineAsync($"    {step.When}: {step.Text} [{step.Source}]");
            foreach (var figure in step.Figures)
                await output.WriteLineAsync($"      {figure}");
        }
        foreach (var affected in radius.Affected)
            await output.WriteLineAsync($"  affected {affected.Service}: sees it {Describe(affected)}{(affected.Reloads ? ", reloads" : "")}; {string.Join("; ", affected.Reasons)}");
        foreach (var selected in radius.SelectedNoRead)
            await output.WriteLineAsync($"  selects (no read found) {selected.Service}");
        foreach (var downstream in radius.Downstream)
        {
            await output.WriteLineAsync($"  downstream {downstream.Service} via {downstream.Via}: up to {downstream.Amplification} calls per request"
                + $"{(downstream.HasBackoff ? "" : ", no backoff")}{(downstream.Evidence is null ? "" : $" [{downstream.Evidence}]")}");
            if (downstream.Disagreement is not null)
                await output.WriteLineAsync($"    disagreement: {downstream.Disagreement}");
        }
        foreach (var risk in radius.Risks)
            await output.WriteLineAsync($"  risk {risk.Rule}{(risk.Service is null ? "" : $" ({risk.Service})")}: {risk.Message} [{risk.Evidence}]");
        foreach (var call in radius.CodeCalls.Where(c => c.Target is null))
            await output.WriteLineAsync($"  unlinked client {call.Client} of {call.Service} ({call.File}:{call.Line}): {call.LinkedBy}");
    }

    private static string Describe(AffectedService affected) => affected.SeesChange switch
    {
        SeesChange.Immediately => affected.WithinSeconds is { } seconds ? $"within {seconds:0.#} s" : "on its next refresh",
        SeesChange.OnRefresh => "on the next refresh",
        SeesChange.OnRestart => "on restart",
        _ => "at an unknown time",
    };
}
