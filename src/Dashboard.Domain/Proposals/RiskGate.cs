using System.Globalization;
using System.Text.Json;

namespace Dashboard.Domain.Proposals;

/// <summary>
/// What a proposal's risk asks for under the gate policy it was submitted under (<see cref="GateRules"/>). With staging evidence
/// required, staging counts as verified only after every affected service has had time to pick the value up (the longest
/// refresh interval in the stored blast radius, since the staging write); the rule also says whether each approval needs a
/// written mitigation and how many approvals production needs. By default only high and critical ask for evidence and mitigation.
/// </summary>
public sealed record RiskGate(GateRule Rule, TimeSpan StagingWait, string WaitReason)
{
    /// <summary>The App Configuration provider's default refresh interval, used when the code names none.</summary>
    public static readonly TimeSpan DefaultRefreshInterval = TimeSpan.FromSeconds(30);

    /// <summary>True when the gate asks for more than one plain approval.</summary>
    public bool IsGated => Rule.StagingEvidence || Rule.Mitigation || Rule.Approvals > 1 || Rule.OwnerTeams;

    public bool RequiresStagingEvidence => Rule.StagingEvidence;
    public bool RequiresMitigation => Rule.Mitigation;
    public int ApprovalsRequired => Rule.Approvals;
    public bool RequiresOwnerTeams => Rule.OwnerTeams;

    public static RiskGate For(BlastRadiusSnapshot radius, GateRules? rules = null)
    {
        var rule = (rules ?? GateRules.Default).For(radius.RiskLevel);
        if (!rule.StagingEvidence)
            return new RiskGate(rule, TimeSpan.Zero, $"the gate for a {radius.RiskLevel} change asks for no staging evidence, so no wait is required");
        var intervals = RefreshIntervals(radius.SerializedText);
        if (intervals.Count == 0)
            return new RiskGate(rule, DefaultRefreshInterval,
                $"no affected service names a refresh interval, so the provider's default of {Seconds(DefaultRefreshInterval)} applies");
        var longest = intervals.Max(i => i.Interval);
        return new RiskGate(rule, longest > DefaultRefreshInterval ? longest : DefaultRefreshInterval,
            string.Join(", ", intervals.Select(i => $"{i.Service} refreshes every {Seconds(i.Interval)}")));
    }

    // The snapshot is the blast radius as JSON (affected[].service, affected[].withinSeconds); a radius that was not computed is not JSON.
    private static List<(string Service, TimeSpan Interval)> RefreshIntervals(string serializedText)
    {
        var intervals = new List<(string, TimeSpan)>();
        try
        {
            using var document = JsonDocument.Parse(serializedText, new JsonDocumentOptions { MaxDepth = 64 });
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("affected", out var affected) || affected.ValueKind != JsonValueKind.Array)
                return intervals;
            foreach (var service in affected.EnumerateArray())
                if (service.ValueKind == JsonValueKind.Object
                    && service.TryGetProperty("service", out var name) && name.ValueKind == JsonValueKind.String
                    && service.TryGetProperty("withinSeconds", out var seconds) && seconds.TryGetDouble(out var value) && value is > 0 and < 86_400)
                    intervals.Add((name.GetString()!, TimeSpan.FromSeconds(value)));
        }
        catch (JsonException)
        {
            // Not JSON: nothing known about refresh intervals, so the default applies.
        }
        return intervals;
    }

    private static string Seconds(TimeSpan interval) => $"{interval.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture)} s";
}
