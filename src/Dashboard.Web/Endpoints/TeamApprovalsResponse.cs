using Dashboard.Domain.Proposals;

namespace Dashboard.Web.Endpoints;

/// <summary>
/// The gate's owner-team rule for one proposal: the teams it needs an approver from (with the services they own in the radius), the
/// teams covered and by whom, and the teams still missing. All empty when the proposal's gate does not ask for owning teams.
/// </summary>
public sealed record TeamApprovalsResponse(IReadOnlyList<OwningTeam> Required, IReadOnlyList<TeamApproval> Satisfied, IReadOnlyList<OwningTeam> Missing)
{
    public static TeamApprovalsResponse From(TeamApprovals teams) => new(teams.Required, teams.Satisfied, teams.Missing);
}
