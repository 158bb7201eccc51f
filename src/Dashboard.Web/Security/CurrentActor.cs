using System.Security.Claims;
using Dashboard.Domain.Access;
using Dashboard.Domain.Proposals;

namespace Dashboard.Web.Security;

/// <summary>The signed-in user as the change pipeline sees them: user name, display name and roles.</summary>
public static class CurrentActor
{
    public static ProposalActor Of(ClaimsPrincipal user)
    {
        var userName = user.FindFirstValue(ClaimTypes.Name) ?? "";
        return new ProposalActor(userName, user.FindFirstValue("name") ?? userName, Roles.All.Where(user.IsInRole));
    }
}
