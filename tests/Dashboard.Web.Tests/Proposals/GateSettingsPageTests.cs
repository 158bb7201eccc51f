using Dashboard.Domain.Access;
using Dashboard.Domain.Proposals;
using Dashboard.Web.Components.Pages;

namespace Dashboard.Web.Tests.Proposals;

public class GateSettingsPageTests : ProposalPageTestBase
{
    [Fact]
    public void Render_NothingChanged_ShowsTheDefaultGate()
    {
        SignIn("admin", Roles.Admin);

        var page = RenderWithProviders<GateSettings>();

        page.WaitForAssertion(() => Assert.Contains("The default gate", page.Find("[data-testid=gate-changed]").TextContent));
        Assert.Equal("1", page.Find("input[data-testid=gate-critical-approvals]").GetAttribute("value"));
    }

    [Fact]
    public async Task Save_TwoApprovalsForCritical_StoresItAndSaysWhomItApplies()
    {
        SignIn("admin", Roles.Admin);
        var page = RenderWithProviders<GateSettings>();
        page.WaitForAssertion(() => page.Find("input[data-testid=gate-critical-approvals]"));

        page.Find("input[data-testid=gate-critical-approvals]").Change("2");
        page.FindAll("button").Single(b => b.TextContent.Contains("Save the gate")).Click();

        page.WaitForAssertion(() => Assert.Contains("Proposals submitted from now on", page.Find("[data-testid=gate-saved]").TextContent));
        Assert.Contains("Last changed by admin", page.Find("[data-testid=gate-changed]").TextContent);
        var stored = await World.GatePolicies.GetAsync(ProposalEnvironment.Production, CancellationToken.None);
        Assert.Equal(2, stored.Rules.Critical.Approvals);
        Assert.Equal(GateRules.Default.High, stored.Rules.High);
    }

    [Fact]
    public async Task Save_OwnerTeamsTickedForMedium_StoresTheRuleAndShowsItTicked()
    {
        SignIn("admin", Roles.Admin);
        var page = RenderWithProviders<GateSettings>();
        const string mediumTeams = "[data-testid=gate-medium-teams] input, input[data-testid=gate-medium-teams]";
        page.WaitForAssertion(() => page.Find(mediumTeams));
        bool Ticked(string level) =>
            ((AngleSharp.Html.Dom.IHtmlInputElement)page.Find($"[data-testid=gate-{level}-teams] input, input[data-testid=gate-{level}-teams]")).IsChecked;
        var ticked = (Ticked("low"), Ticked("medium"), Ticked("high"), Ticked("critical"));

        page.Find(mediumTeams).Change(true);
        page.FindAll("button").Single(b => b.TextContent.Contains("Save the gate")).Click();

        page.WaitForAssertion(() => Assert.Contains("Proposals submitted from now on", page.Find("[data-testid=gate-saved]").TextContent));
        var stored = await World.GatePolicies.GetAsync(ProposalEnvironment.Production, CancellationToken.None);
        Assert.Equal((false, false, true, true), ticked);
        Assert.True(stored.Rules.Medium.OwnerTeams);
        Assert.False(stored.Rules.Low.OwnerTeams);
        Assert.True(Ticked("medium"));
    }

    [Fact]
    public async Task Save_ApprovalsEmptied_SaysSoOnTheRowAndStoresNothing()
    {
        SignIn("admin", Roles.Admin);
        var page = RenderWithProviders<GateSettings>();
        page.WaitForAssertion(() => page.Find("input[data-testid=gate-high-approvals]"));

        page.Find("input[data-testid=gate-high-approvals]").Change("");
        page.FindAll("button").Single(b => b.TextContent.Contains("Save the gate")).Click();

        page.WaitForAssertion(() => Assert.Contains("Approvals for high must be a number from 1 to 5", page.Find("[data-testid=gate-high]").TextContent));
        Assert.Empty(page.FindAll("[data-testid=gate-saved]"));
        Assert.True((await World.GatePolicies.GetAsync(ProposalEnvironment.Production, CancellationToken.None)).IsDefault);
    }

    [Fact]
    public void Save_NothingChanged_ShowsTheRefusalInPlace()
    {
        SignIn("admin", Roles.Admin);
        var page = RenderWithProviders<GateSettings>();
        page.WaitForAssertion(() => page.Find("input[data-testid=gate-high-approvals]"));

        page.FindAll("button").Single(b => b.TextContent.Contains("Save the gate")).Click();

        page.WaitForAssertion(() => Assert.Contains("change a rule before saving", page.Find("[data-testid=gate-error]").TextContent));
    }
}
