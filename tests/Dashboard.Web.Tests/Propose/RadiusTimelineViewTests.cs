using Dashboard.Domain.BlastRadius;
using Dashboard.Web.Components.Controls.Propose;

namespace Dashboard.Web.Tests.Propose;

public sealed class RadiusTimelineViewTests : DashboardTestContext
{
    private static readonly TimelineStep[] Story =
    [
        new(TimelineStepKind.Write, 0, 0, "The new value of tax.rate.default is written in production (label production).", "proposed change: store contoso-shared-config, label production"),
        new(TimelineStepKind.Reload, 0, 30, "Within 30 s billing-api reloads all its configuration.", "code: services/billing-api/Program.cs:15"),
        new(TimelineStepKind.Outage, 0, 42, "Its OnChange handler drops billing-api's billing-sql connection for 8–12 s.", "code: services/billing-api/Db.cs:18; catalog resource billing-sql (reconnect 8–12 s)")
        {
            Figures = ["≈ 744–1,116 requests would fail during 8–12 s (at 93 req/s)"],
        },
    ];

    private static Domain.BlastRadius.BlastRadius Radius(IReadOnlyList<TimelineStep> timeline) =>
        new("tax.rate.default", "production", RiskLevel.Critical, "Critical: billing-api reloads and drops its database connection.",
            [new AffectedService("billing-api", ["sees it within 30 s"], true, SeesChange.Immediately, [])], [], [], [],
            [new RadiusRisk(BlastRadiusRules.ReloadDisposeBeforeCreate, "billing-api", "The handler disposes first.", "services/billing-api/Db.cs:18")])
        { Timeline = timeline };

    [Fact]
    public void Render_StoryTimeline_ListsEachStepWithItsTimeFiguresAndSourceInOrder()
    {
        var view = Render<RadiusTimelineView>(p => p.Add(v => v.Steps, Story));

        var steps = view.FindAll("[data-testid=timeline-step]");
        Assert.Equal(3, steps.Count);
        Assert.Equal(["t = 0", "0–30 s", "0–42 s"], view.FindAll("[data-testid=timeline-when]").Select(w => w.TextContent.Trim()));
        Assert.Contains("Within 30 s billing-api reloads", steps[1].TextContent);
        Assert.Contains("code: services/billing-api/Program.cs:15", steps[1].TextContent);
        Assert.Equal("≈ 744–1,116 requests would fail during 8–12 s (at 93 req/s)", Assert.Single(steps[2].QuerySelectorAll("[data-testid=timeline-figure]")).TextContent.Trim());
        Assert.Equal("radius-timeline-title", view.Find("section").GetAttribute("aria-labelledby"));
    }

    [Fact]
    public void RadiusPanel_WithTimeline_ShowsItBeforeTheRisks()
    {
        var panel = Render<RadiusPanel>(p => p.Add(v => v.Radius, Radius(Story)).Add(v => v.Environment, "production"));

        var html = panel.Markup;
        Assert.True(html.IndexOf("data-testid=\"radius-timeline\"", StringComparison.Ordinal) < html.IndexOf("data-testid=\"radius-risk\"", StringComparison.Ordinal));
    }

    [Fact]
    public void RadiusPanel_RadiusRecordedWithoutTimeline_ShowsNoEmptyTimeline()
    {
        var panel = Render<RadiusPanel>(p => p.Add(v => v.Radius, Radius([])).Add(v => v.Environment, "production"));

        Assert.Empty(panel.FindAll("[data-testid=radius-timeline]"));
        Assert.NotEmpty(panel.FindAll("[data-testid=radius-risk]"));
    }
}
