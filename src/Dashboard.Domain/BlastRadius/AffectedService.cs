using System.Text.Json.Serialization;

namespace Dashboard.Domain.BlastRadius;

/// <summary>
/// A service the change reaches: why (each reason with its evidence), when it sees the change, whether the change
/// reloads its configuration, and the code findings that matter for this change. <see cref="WithinSeconds"/> is the
/// refresh interval found in its code when it picks the change up by refresh ("within 30 s"), never "instantly".
/// </summary>
public sealed record AffectedService(
    string Service,
    IReadOnlyList<string> Reasons,
    bool Reloads,
    SeesChange SeesChange,
    IReadOnlyList<RadiusFinding> Findings)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public double? WithinSeconds { get; init; }

    /// <summary>Live health of the service; not known yet (null) until health probing feeds the analysis.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? LiveHealth { get; init; }
}
