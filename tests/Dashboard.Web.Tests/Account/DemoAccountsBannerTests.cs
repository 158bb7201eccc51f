using Dashboard.Web.Components.Layout;
using Dashboard.Web.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Web.Tests.Account;

public class DemoAccountsBannerTests : DashboardTestContext
{
    [Fact]
    public void Render_DemoAccountsEnabled_WarnsAndSaysHowToTurnThemOff()
    {
        Services.AddSingleton(new DemoAccountAccess(enabled: true));

        var banner = Render<DemoAccountsBanner>();

        var warning = banner.Find("[data-testid=demo-banner]");
        Assert.Contains("Demo accounts are enabled.", warning.TextContent);
        Assert.Contains("Authentication:EnableDemoAccounts", warning.TextContent);
    }

    [Fact]
    public void Render_DemoAccountsDisabled_ShowsNothing()
    {
        Services.AddSingleton(new DemoAccountAccess(enabled: false));

        var banner = Render<DemoAccountsBanner>();

        Assert.Empty(banner.FindAll("[data-testid=demo-banner]"));
    }
}
