namespace Dashboard.Domain.Proposals;

public sealed partial class Proposal
{
    /// <summary>
    /// The teams owning the services that read or reload on the key, from the catalog when the radius was computed (on submit and on
    /// every edit). The gate's owner-team rule asks an approver from each; empty for proposals made before teams were recorded.
    /// </summary>
    public IReadOnlyList<OwningTeam> OwningTeams { get; private set; } = [];

    /// <summary>The owner-team rule's standing: required, satisfied and missing teams; <see cref="TeamApprovals.None"/> when the gate does not ask for it.</summary>
    public TeamApprovals TeamApprovals => Gate.RequiresOwnerTeams ? TeamApprovals.From(OwningTeams, Approvals) : TeamApprovals.None;

    /// <summary>True while staging is verified and both the count and every owning team are covered; production then only needs applying.</summary>
    private bool IsApprovalGateMet => Approvals.Count >= Gate.ApprovalsRequired && TeamApprovals.IsComplete;

    /// <summary>
    /// True when <paramref name="person"/> could move this proposal on now: it waits for approval, they may approve (an Approver, not
    /// the author), have not approved yet, and (while owning teams are missing) belong to one of them.
    /// </summary>
    public bool CouldBeApprovedBy(ProposalActor person) =>
        State == ProposalState.StagingVerified
        && ProposalActionTable.For(ProposalAction.Approve).RefusalFor(person, this) is null
        && AlreadyApproved(person) is null
        && TeamRefusal(person) is null;

    /// <summary>
    /// Throws while staging is verified and approvals are missing, naming how many and which owning teams, and who in
    /// <paramref name="people"/> could approve for each team. Does nothing in any other state.
    /// </summary>
    public void RequireApprovals(IReadOnlyCollection<ProposalActor>? people = null)
    {
        if (State != ProposalState.StagingVerified || IsApprovalGateMet) return;
        var teams = TeamApprovals;
        var parts = new List<string>();
        if (ApprovalsMissing > 0)
            parts.Add(Gate.ApprovalsRequired == 1
                ? "an approval"
                : $"{Plural(ApprovalsMissing, "more approval")} (the gate for a {BlastRadius.RiskLevel} change asks for {Gate.ApprovalsRequired})");
        if (!teams.IsComplete)
            parts.Add($"an approver from {string.Join(" and ", teams.Missing.Select(t => $"{t.Team}, which owns {string.Join(", ", t.Services)}"))}");
        var who = teams.IsComplete ? $"ask an Approver other than {AuthorName} to approve it after staging is verified" : WhoCouldApprove(teams.Missing, people);
        throw new DomainException($"Production apply needs {string.Join(", and ", parts)}: {who}.");
    }

    /// <summary>Why <paramref name="approver"/> cannot cover what is still missing, or null when they can (or the team rule does not apply).</summary>
    private string? TeamRefusal(ProposalActor approver)
    {
        var teams = TeamApprovals;
        if (teams.IsComplete || teams.IsMissingFrom(approver)) return null;
        var theirs = approver.Teams.Count == 0 ? "is in no team" : $"is in {string.Join(", ", approver.Teams)}";
        return $"{approver.DisplayName} {theirs}, and this proposal waits for an approver from {teams.MissingNames}: "
            + "while an owning team is missing, each approval must come from one of them. Ask a member of that team to approve.";
    }

    private string WhoCouldApprove(IReadOnlyList<OwningTeam> missing, IReadOnlyCollection<ProposalActor>? people)
    {
        if (people is null) return $"ask an Approver from {string.Join(" or ", missing.Select(t => t.Team))} (not {AuthorName}, the author) to approve it";
        return string.Join("; ", missing.Select(team =>
        {
            var candidates = people
                .Where(p => p.IsMemberOf(team.Team) && !p.IsSamePersonAs(AuthorId) && ProposalActionTable.For(ProposalAction.Approve).RoleRefusalFor(p) is null)
                .Select(p => p.DisplayName).ToList();
            return candidates.Count == 0
                ? $"nobody in the directory can approve for {team.Team}: give a member of {team.Team} the {Access.Roles.Approver} role"
                : $"{string.Join(" or ", candidates)} can approve for {team.Team}";
        }));
    }

    /// <summary>The owners recorded so far, for an edit made without a fresh catalog.</summary>
    private Dictionary<string, string> RecordedOwners() =>
        OwningTeams.SelectMany(t => t.Services.Select(s => (Service: s, t.Team)))
            .DistinctBy(o => o.Service, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(o => o.Service, o => o.Team, StringComparer.OrdinalIgnoreCase);
}
