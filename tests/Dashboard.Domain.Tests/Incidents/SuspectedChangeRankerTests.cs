using Dashboard.Domain.Incidents;
using static Dashboard.Domain.Tests.Incidents.IncidentPeople;

namespace Dashboard.Domain.Tests.Incidents;

public class SuspectedChangeRankerTests
{
    private static readonly SuspectWindow Window = new("production", ["billing-api"], Start, "the first 500s", SuspectedChangeRanker.DefaultWindow);

    private static readonly RadiusMembership BillingReloads = new("billing-api", RadiusKind.Reload, "billing-api reloads on tax.rate.default (refreshAll sentinel)");
    private static readonly RadiusMembership BillingReads = new("billing-api", RadiusKind.Direct, "billing-api reads invoice.footer (picks it up on restart)");
    private static readonly RadiusMembership BillingDownstream = new("billing-api", RadiusKind.Downstream, "billing-api calls into the radius (billing-api → tax-service)");

    private static CandidateChange Change(string key, int minutesBefore, params RadiusMembership[] radius) =>
        new(key, "production", "production", Start.AddMinutes(-minutesBefore), ChangeSource.Pipeline, Guid.NewGuid(), radius);

    [Fact]
    public void Rank_InRadius_BeatsAChangeNearerInTime()
    {
        var ranked = SuspectedChangeRanker.Rank(Window, [Change("banner.text", 2), Change("tax.rate.default", 45, BillingReloads)]);

        Assert.Equal(["tax.rate.default", "banner.text"], ranked.Select(r => r.Change.Key));
        Assert.Equal([1, 2], ranked.Select(r => r.Rank));
        Assert.Equal(RadiusKind.Reload, ranked[0].InRadius);
        Assert.Null(ranked[1].InRadius);
    }

    [Fact]
    public void Rank_ReasonText_SaysHowTheServiceIsReachedAndHowLongBefore()
    {
        var ranked = SuspectedChangeRanker.Rank(Window, [Change("tax.rate.default", 45, BillingReloads)]);

        Assert.Equal("billing-api reloads on tax.rate.default (refreshAll sentinel); applied 45 min before the first 500s", ranked[0].Reason);
        Assert.Equal(TimeSpan.FromMinutes(45), ranked[0].BeforeStart);
        Assert.Equal(["billing-api"], ranked[0].ServicesInRadius);
    }

    [Fact]
    public void Rank_OutOfRadius_IsRankedBelowEveryInRadiusChangeAndSaysSo()
    {
        var ranked = SuspectedChangeRanker.Rank(Window,
            [Change("banner.text", 1), Change("invoice.footer", 100, BillingReads), Change("tax.service.url", 110, BillingDownstream)]);

        Assert.Equal(["invoice.footer", "tax.service.url", "banner.text"], ranked.Select(r => r.Change.Key));
        Assert.Equal("outside the blast radius: it reaches none of billing-api; applied 1 min before the first 500s", ranked[2].Reason);
    }

    [Fact]
    public void Rank_ReloadBeatsDirectBeatsDownstream()
    {
        var ranked = SuspectedChangeRanker.Rank(Window,
            [Change("a.downstream", 5, BillingDownstream), Change("b.direct", 10, BillingReads), Change("c.reload", 90, BillingReloads)]);

        Assert.Equal(["c.reload", "b.direct", "a.downstream"], ranked.Select(r => r.Change.Key));
    }

    [Fact]
    public void Rank_SameStandingDifferentTimes_NearerFirstWithoutTieNote()
    {
        var ranked = SuspectedChangeRanker.Rank(Window, [Change("tax.rate.reduced", 50, BillingReloads), Change("tax.rate.default", 45, BillingReloads)]);

        Assert.Equal(["tax.rate.default", "tax.rate.reduced"], ranked.Select(r => r.Change.Key));
        Assert.DoesNotContain("ties", ranked[0].Reason);
    }

    [Fact]
    public void Rank_SameStandingSameMinute_IsATieExplainedInBothReasons()
    {
        var ranked = SuspectedChangeRanker.Rank(Window, [Change("tax.rate.reduced", 45, BillingReloads), Change("tax.rate.default", 45, BillingReloads)]);

        Assert.Equal(["tax.rate.default", "tax.rate.reduced"], ranked.Select(r => r.Change.Key));
        Assert.EndsWith(
            "; ties with tax.rate.reduced [production] (same standing in the blast radius, applied in the same minute): listed by how many of the incident's services each reaches, then by the nearer time, then by key",
            ranked[0].Reason);
        Assert.Contains("ties with tax.rate.default [production]", ranked[1].Reason);
    }

    [Fact]
    public void Rank_TieOnStandingAndMinute_MoreIncidentServicesReachedFirst()
    {
        var window = Window with { Services = ["billing-api", "invoice-renderer"] };
        var both = Change("z.shared", 30, BillingReloads, new RadiusMembership("invoice-renderer", RadiusKind.Direct, "invoice-renderer reads z.shared (picks it up on restart)"));

        var ranked = SuspectedChangeRanker.Rank(window, [Change("a.billing", 30, BillingReloads), both]);

        Assert.Equal(["z.shared", "a.billing"], ranked.Select(r => r.Change.Key));
        Assert.StartsWith("billing-api reloads on tax.rate.default (refreshAll sentinel), invoice-renderer reads z.shared", ranked[0].Reason);
    }

    [Theory]
    [InlineData(0, true)]      // at the start itself
    [InlineData(120, true)]    // exactly the window's length before
    [InlineData(121, false)]   // just outside the window
    [InlineData(-1, false)]    // after the start: cannot be the cause
    public void Rank_WindowEdges_IncludeBothEndsAndNothingAfterTheStart(int minutesBefore, bool included)
    {
        var ranked = SuspectedChangeRanker.Rank(Window, [Change("tax.rate.default", minutesBefore, BillingReloads)]);

        Assert.Equal(included, ranked.Count == 1);
    }

    [Fact]
    public void Rank_AtTheStart_SaysSo()
    {
        var ranked = SuspectedChangeRanker.Rank(Window, [Change("tax.rate.default", 0, BillingReloads)]);

        Assert.EndsWith("applied at the moment of the first 500s", ranked[0].Reason);
    }

    [Fact]
    public void Rank_OtherEnvironment_IsLeftOut()
    {
        var staging = Change("tax.rate.default", 10, BillingReloads) with { Environment = "staging" };

        Assert.Empty(SuspectedChangeRanker.Rank(Window, [staging]));
    }

    [Fact]
    public void Rank_OutOfBandChange_SaysItBypassedThePipeline()
    {
        var portal = Change("tax.rate.default", 65, BillingReloads) with { Source = ChangeSource.OutOfBand, ProposalId = null, Actor = "alice@contoso.com" };

        var ranked = SuspectedChangeRanker.Rank(Window, [portal]);

        Assert.Equal("billing-api reloads on tax.rate.default (refreshAll sentinel); applied 1 h 5 min before the first 500s; made outside the pipeline by alice@contoso.com",
            ranked[0].Reason);
    }

    [Fact]
    public void RankSuspectedChanges_OnAnIncident_UsesItsEnvironmentServicesAndStart()
    {
        var incident = Incident.OpenByHand(OnCall, "Checkout failing", Domain.Incidents.IncidentSeverity.High, "production", ["billing-api"], Start, At(3));

        var ranked = incident.RankSuspectedChanges([Change("tax.rate.default", 45, BillingReloads), Change("late.change", -2, BillingReloads)]);

        Assert.Equal("tax.rate.default", Assert.Single(ranked).Change.Key);
        Assert.EndsWith("applied 45 min before the incident started", ranked[0].Reason);
    }

    [Fact]
    public void Rank_NonPositiveWindow_IsRefused()
    {
        Assert.Throws<DomainException>(() => SuspectedChangeRanker.Rank(Window with { Length = TimeSpan.Zero }, []));
    }
}
