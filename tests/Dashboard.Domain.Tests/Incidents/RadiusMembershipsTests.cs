using Dashboard.Domain.BlastRadius;
using Dashboard.Domain.ConfigMap;
using Dashboard.Domain.Configuration;
using Dashboard.Domain.Incidents;

namespace Dashboard.Domain.Tests.Incidents;

public class RadiusMembershipsTests
{
    private static readonly UsageSource Code = new(UsageSourceKind.Code, "billing-api/Program.cs", 20);

    private static AffectedService Affected(string service, bool reloads, SeesChange seesChange) => new(service, ["reason"], reloads, seesChange, []);

    [Fact]
    public void From_Analysis_GivesReloadDirectAndDownstreamWithTheirWords()
    {
        var radius = new Domain.BlastRadius.BlastRadius("tax.rate.default", "production", RiskLevel.High, "",
            [Affected("billing-api", reloads: true, SeesChange.Immediately), Affected("invoice-renderer", reloads: false, SeesChange.OnRestart)],
            [],
            [new DownstreamService("frontend", "frontend → billing-api", 4, HasBackoff: false, CircuitBreaker: false)],
            [], []);
        var key = new MappedKey(new KeyLabel("tax.rate.default", "production"), "tax", "0.08", false, null, null,
        [
            new KeyUsage("billing-api", UsageKind.Reads, "reads tax.rate.default", Code),
            new KeyUsage("billing-api", UsageKind.WatchesSentinel, "refreshAll sentinel", Code),
            new KeyUsage("invoice-renderer", UsageKind.Reads, "reads tax.rate.default", Code),
        ]);

        var memberships = RadiusMemberships.From(radius, key);

        Assert.Equal(
        [
            new RadiusMembership("billing-api", RadiusKind.Reload, "billing-api reloads on tax.rate.default (refreshAll sentinel)"),
            new RadiusMembership("invoice-renderer", RadiusKind.Direct, "invoice-renderer reads tax.rate.default (picks it up on restart)"),
            new RadiusMembership("frontend", RadiusKind.Downstream, "frontend calls into the radius (frontend → billing-api)"),
        ], memberships);
    }

    [Fact]
    public void From_AnalysisWithoutTheMapEntry_StillNamesTheReload()
    {
        var radius = new Domain.BlastRadius.BlastRadius("tax.rate.default", null, RiskLevel.High, "",
            [Affected("billing-api", reloads: true, SeesChange.Immediately)], [], [], [], []);

        var membership = Assert.Single(RadiusMemberships.From(radius, null));

        Assert.Equal("billing-api reloads on tax.rate.default (configuration refresh)", membership.How);
    }
}
