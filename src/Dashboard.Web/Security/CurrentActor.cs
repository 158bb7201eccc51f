using System.Security.Claims;
using Dashboard.Domain.Access;
using Dashboard.Domain.Incidents;
using Dashboard.Domain.Proposals;
using Dashboard.Domain.Reconciliation;

namespace Dashboard.Web.Security;

/// <summary>Turns the signed-in user into the person the change pipeline records, the same way for the API and the pages.</summary>
public static class CurrentActor
{
    public static ProposalActor Of(ClaimsPrincipal user)
    {
        var userName = user.FindFirstValue(ClaimTypes.Name) ?? "";
        return new ProposalActor(userName, user.FindFirstValue("name") ?? userName, Roles.All.Where(user.IsInRole), TeamClaims.Of(user));
    }

    /// <summary>The same person as they act on incidents.</summary>
    public static IncidentActor ForIncidents(ClaimsPrincipal user)
    {
        var person = Of(user);
        return new IncidentActor(person.UserId, person.DisplayName, person.Roles);
    }

    public static ReconciliationActor ReconciliationOf(ClaimsPrincipal user)
    {
        var userName = user.FindFirstValue(ClaimTypes.Name) ?? "";
        return new ReconciliationActor(userName, user.FindFirstValue("name") ?? userName, Roles.All.Where(user.IsInRole));
    }
}
