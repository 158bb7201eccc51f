namespace Dashboard.Domain.Proposals;

/// <summary>
/// Where a proposal stands on the gate's owner-team rule: the teams it needs an approver from, those covered (and by whom), and
/// those still missing. Empty when the rule does not apply.
/// </summary>
public sealed record TeamApprovals(IReadOnlyList<OwningTeam> Required, IReadOnlyList<TeamApproval> Satisfied, IReadOnlyList<OwningTeam> Missing)
{
    public static TeamApprovals None { get; } = new([], [], []);

    public bool IsComplete => Missing.Count == 0;

    /// <summary>Each approval covers every required team its approver was a member of when approving.</summary>
    public static TeamApprovals From(IReadOnlyList<OwningTeam> required, IReadOnlyList<ProposalApproval> approvals)
    {
        var satisfied = new List<TeamApproval>();
        var missing = new List<OwningTeam>();
        foreach (var team in required)
        {
            var approvers = approvals.Where(a => a.Covers(team.Team)).Select(a => a.ApproverName).ToList();
            if (approvers.Count > 0) satisfied.Add(new TeamApproval(team.Team, approvers));
            else missing.Add(team);
        }
        return new TeamApprovals(required, satisfied, missing);
    }

    /// <summary>True when <paramref name="person"/> belongs to a team that still needs an approver.</summary>
    public bool IsMissingFrom(ProposalActor person) => Missing.Any(team => person.IsMemberOf(team.Team));

    /// <summary>"payments, documents".</summary>
    public string MissingNames => string.Join(", ", Missing.Select(t => t.Team));
}
