using System.Text.Json.Serialization;

namespace Dashboard.Domain.BlastRadius;

/// <summary>
/// A service the change reaches: why (each reason with its evidence), when it sees the change, whether the change
/// reloads its configuration, and the code findings that matter for this change.
/// </summary>
public sealed record AffectedService(
    string Service,
    IReadOnlyList<string> Reasons,
    bool Reloads,
    SeesChange SeesChange,
    IReadOnlyList<RadiusFinding> Findings)
{
    /// <summary>Live health of the service; not known yet (null) until health probing feeds the analysis.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? LiveHealth { get; init; }
}
