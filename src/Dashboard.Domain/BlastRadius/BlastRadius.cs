namespace Dashboard.Domain.BlastRadius;

/// <summary>
/// What a proposed change reaches and how risky it is. Shaped for JSON as is: enums serialize as their
/// kebab-case names ("on-refresh", "critical").
/// </summary>
public sealed record BlastRadius(
    string Key,
    string? Label,
    RiskLevel RiskLevel,
    string RiskExplanation,
    IReadOnlyList<AffectedService> Affected,
    IReadOnlyList<AffectedService> SelectedNoRead,
    IReadOnlyList<DownstreamService> Downstream,
    IReadOnlyList<LookAlike> LookAlikes,
    IReadOnlyList<RadiusRisk> Risks);
