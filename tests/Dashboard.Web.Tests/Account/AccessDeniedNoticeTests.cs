using System.Security.Claims;
using Dashboard.Domain.Access;
using Dashboard.Web.Components.Account;
using Dashboard.Web.Components.Pages;
using Dashboard.Web.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Tests.Account;

public class AccessDeniedNoticeTests : DashboardTestContext
{
    private static readonly ClaimsPrincipal Viewer = new(new ClaimsIdentity(
        [new Claim(ClaimTypes.Name, "viewer"), new Claim("name", "Vera Viewer"), new Claim(ClaimTypes.Role, Roles.Viewer)],
        "Cookies", ClaimTypes.Name, ClaimTypes.Role));

    [Fact]
    public void Render_LocalAccount_NamesTheRoleHeldTheRoleNeededAndWhoToAsk()
    {
        UseMode(AuthenticationMode.Local);

        var notice = Render<AccessDeniedNotice>(p => p
            .Add(n => n.User, Viewer)
            .Add(n => n.NeededRoles, Policies.RolesAllowedFor(typeof(AuditLog)))
            .Add(n => n.Page, "/audit"));

        Assert.Equal("Viewer", notice.Find("[data-testid=your-role]").TextContent);
        Assert.Equal("It needs the Admin role.", notice.Find("[data-testid=needed-roles]").TextContent);
        Assert.Contains("the page /audit", notice.Markup);
        Assert.Contains("ask an Admin of the dashboard to give your account (viewer) that role", notice.Find("[data-testid=how-to-get-it]").TextContent);
        Assert.Equal("/", notice.Find("[data-testid=go-home]").GetAttribute("href"));
    }

    [Fact]
    public void Render_EntraId_SaysToAskForTheAppRole_AndListsEveryRoleThatWouldDo()
    {
        UseMode(AuthenticationMode.Oidc);

        var notice = Render<AccessDeniedNotice>(p => p
            .Add(n => n.User, Viewer)
            .Add(n => n.NeededRoles, Policies.RolesOf(Policies.For(Dashboard.Domain.Proposals.ProposalAction.RollBack))));

        Assert.Equal("It needs the Engineer, OnCall or Admin role.", notice.Find("[data-testid=needed-roles]").TextContent);
        Assert.Contains("assign you that app role", notice.Find("[data-testid=how-to-get-it]").TextContent);
    }

    [Fact]
    public void Render_NotSignedIn_PointsToSignIn()
    {
        UseMode(AuthenticationMode.Local);

        var notice = Render<AccessDeniedNotice>(p => p.Add(n => n.User, new ClaimsPrincipal(new ClaimsIdentity())));

        Assert.Contains("You are not signed in.", notice.Markup);
        Assert.Empty(notice.FindAll("[data-testid=needed-roles]"));
    }

    private void UseMode(AuthenticationMode mode) =>
        Services.AddSingleton(Options.Create(new AuthenticationSettings { Mode = mode.ToString() }));
}
