using Dashboard.Domain.BlastRadius;

namespace Dashboard.Domain.Tests.BlastRadius;

public class RadiusChangeTests
{
    private static Domain.BlastRadius.BlastRadius Radius(RiskLevel level, string[] affected, string[] downstream, string[] rules) => new(
        "tax.rate.default", "production", level, "explained",
        [.. affected.Select(s => new AffectedService(s, ["reads it"], false, SeesChange.OnRestart, []))], [],
        [.. downstream.Select(s => new DownstreamService(s, $"{s} → billing-api", 2, true, true))], [],
        [.. rules.Select(r => new RadiusRisk(r, null, "message", "evidence"))]);

    [Fact]
    public void Between_SameRadius_DidNotGrow()
    {
        var radius = Radius(RiskLevel.High, ["billing-api"], ["frontend"], ["shared-key"]);

        var change = RadiusChange.Between(radius, radius);

        Assert.False(change.Grew);
        Assert.Equal("The blast radius is the same as when it was submitted (high risk).", change.Describe());
    }

    [Fact]
    public void Between_NewReaderCallerAndRisk_GrewAndSaysWhat()
    {
        var submitted = Radius(RiskLevel.Medium, ["invoice-renderer"], [], ["shared-key"]);
        var now = Radius(RiskLevel.Critical, ["billing-api", "invoice-renderer"], ["frontend"], ["shared-key", "reload-dispose-before-create"]);

        var change = RadiusChange.Between(submitted, now);

        Assert.True(change.Grew);
        Assert.Equal(["billing-api"], change.NewlyAffected);
        Assert.Equal(["frontend"], change.NewDownstream);
        Assert.Equal(["reload-dispose-before-create"], change.NewRiskRules);
        Assert.Equal("The blast radius grew since it was submitted: risk medium → critical; now also affects billing-api; "
                     + "new callers downstream: frontend; new risks: reload-dispose-before-create.", change.Describe());
    }

    [Fact]
    public void Between_OnlyShrank_ChangedButDidNotGrow()
    {
        var submitted = Radius(RiskLevel.Medium, ["billing-api", "invoice-renderer"], [], []);
        var now = Radius(RiskLevel.Medium, ["invoice-renderer"], [], []);

        var change = RadiusChange.Between(submitted, now);

        Assert.False(change.Grew);
        Assert.StartsWith("The blast radius changed since it was submitted: no longer affects billing-api", change.Describe());
    }
}
