using System.Text.Json.Serialization;

namespace Dashboard.Domain.BlastRadius;

/// <summary>
/// What a proposed change reaches and how risky it is. Shaped for JSON as is: enums serialize as their
/// kebab-case names ("on-refresh", "critical"); the null label is written <c>"\u0000"</c>, as in the scan JSON.
/// </summary>
public sealed record BlastRadius(
    string Key,
    [property: JsonConverter(typeof(NullLabelJsonConverter))] string? Label,
    RiskLevel RiskLevel,
    string RiskExplanation,
    IReadOnlyList<AffectedService> Affected,
    IReadOnlyList<AffectedService> SelectedNoRead,
    IReadOnlyList<DownstreamService> Downstream,
    IReadOnlyList<LookAlike> LookAlikes,
    IReadOnlyList<RadiusRisk> Risks)
{
    /// <summary>What was analysed: <c>set</c> (a new value), <c>delete</c>, or <c>any-change</c> (no value given).</summary>
    public string Change { get; init; } = "set";

    /// <summary>Every HttpClient found in the scanned code, with the catalog component it is linked to (or why none).</summary>
    public IReadOnlyList<CodeCall> CodeCalls { get; init; } = [];

    /// <summary>What happens after the write, ordered by time; its figures come from <see cref="WithLiveTraffic"/>.</summary>
    public IReadOnlyList<TimelineStep> Timeline { get; init; } = [];

    /// <summary>The same radius with the timeline's figures worked out from the services' live request rates.</summary>
    public BlastRadius WithLiveTraffic(LiveTraffic traffic) => this with { Timeline = RadiusTimeline.Quantify(Timeline, traffic) };
}
