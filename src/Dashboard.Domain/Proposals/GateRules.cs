using Dashboard.Domain.BlastRadius;

namespace Dashboard.Domain.Proposals;

/// <summary>One <see cref="GateRule"/> per risk level; a proposal keeps the set it was submitted under.</summary>
public sealed record GateRules(GateRule Low, GateRule Medium, GateRule High, GateRule Critical)
{
    private static readonly GateRule Plain = new(stagingEvidence: false, mitigation: false, approvals: 1);
    private static readonly GateRule Gated = new(stagingEvidence: true, mitigation: true, approvals: 1, ownerTeams: true);

    /// <summary>
    /// The production gate when no Admin has set one: one approval; high and critical also need staging evidence, a mitigation and
    /// an approver from each owning team.
    /// </summary>
    public static GateRules Default { get; } = new(Plain, Plain, Gated, Gated);

    public GateRule For(RiskLevel level) => level switch
    {
        RiskLevel.Critical => Critical,
        RiskLevel.High => High,
        RiskLevel.Medium => Medium,
        _ => Low,
    };

    /// <summary>The rule for a stored risk level; a radius that was not computed ("unknown") is judged as low, as before gates existed.</summary>
    public GateRule For(string riskLevel) =>
        Enum.TryParse<RiskLevel>(riskLevel, ignoreCase: true, out var level) && Enum.IsDefined(level) ? For(level) : Low;

    /// <summary>"low: 1 approval; medium: 1 approval; high: staging evidence, mitigation, 1 approval; critical: …", for the audit log.</summary>
    public string Describe() =>
        string.Join("; ", Enum.GetValues<RiskLevel>().Select(level => $"{level.ToString().ToLowerInvariant()}: {For(level).Describe()}"));
}
