using System.Security.Claims;
using Dashboard.Infrastructure.Persistence.Accounts;
using Dashboard.Web.Security;

namespace Dashboard.Web.Tests.Security;

public class TeamClaimsTests
{
    [Fact]
    public void AddFrom_TheConfiguredClaim_CopiesEachTeamOnceIntoTheDashboardsTeamClaims()
    {
        var principal = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim("name", "Ada"), new Claim("groups", "payments"), new Claim("groups", "Payments"), new Claim("groups", " documents "), new Claim("roles", "Approver")],
            "oidc"));

        TeamClaims.AddFrom(principal, "groups");

        Assert.Equal(["payments", "documents"], TeamClaims.Of(principal));
    }

    [Fact]
    public void AddFrom_AnotherClaimType_ReadsOnlyThatClaim()
    {
        var principal = new ClaimsPrincipal(new ClaimsIdentity([new Claim("groups", "0f1e-guid"), new Claim("team_names", "payments")], "oidc"));

        TeamClaims.AddFrom(principal, "team_names");

        Assert.Equal(["payments"], TeamClaims.Of(principal));
    }

    [Fact]
    public void AddFrom_ATokenWithThousandsOfGroupsOrHugeValues_KeepsWithinTheLimits()
    {
        var claims = Enumerable.Range(0, 5000).Select(i => new Claim("groups", $"group-{i}")).Append(new Claim("groups", new string('x', 10_000)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, "oidc"));

        TeamClaims.AddFrom(principal, "groups");

        Assert.Equal(TeamClaims.MaxTeams, TeamClaims.Of(principal).Count);
        Assert.All(TeamClaims.Of(principal), team => Assert.True(team.Length <= TeamClaims.MaxTeamLength));
    }

    [Fact]
    public void CurrentActor_OfALocalAccountsSession_CarriesTheAccountsTeams()
    {
        var account = new LocalAccount("ada", "Ada Approver", "Approver", isDemo: true, ["payments", "documents"]);

        var actor = CurrentActor.Of(SessionPrincipal.For(account));

        Assert.Equal(["payments", "documents"], actor.Teams);
        Assert.True(actor.HasRole("Approver"));
    }
}
