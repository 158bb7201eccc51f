namespace Dashboard.Domain.Proposals;

/// <summary>
/// Who approved and the hash of exactly what they approved: the diff and the blast-radius snapshot. <see cref="Mitigation"/>
/// is the approver's written plan for a high or critical change (how a failure would be noticed and undone).
/// </summary>
public sealed record ProposalApproval(string ApproverId, string ApproverName, DateTimeOffset At, string ApprovalHash)
{
    public string? Mitigation { get; init; }

    /// <summary>The approver's teams when they approved: the owning teams this approval covers are among them.</summary>
    public IReadOnlyList<string> ApproverTeams { get; init; } = [];

    public bool Covers(string team) => ApproverTeams.Contains(team, StringComparer.OrdinalIgnoreCase);
}
