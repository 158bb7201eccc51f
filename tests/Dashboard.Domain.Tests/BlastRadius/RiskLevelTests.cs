using Dashboard.Domain.BlastRadius;
using Dashboard.Domain.Catalog;

namespace Dashboard.Domain.Tests.BlastRadius;

public class RiskLevelTests
{
    [Fact]
    public void Analyze_ReloadRaceWithoutCallersRetryingImmediately_IsHigh()
    {
        var world = new RadiusWorld();
        world.Catalog.ChangeRetryPolicy("frontend", DependencyTargetKind.Service, "billing-api", RetryPolicy.NoRetries(TimeSpan.FromSeconds(5)));

        var radius = world.Analyze();

        Assert.Equal(RiskLevel.High, radius.RiskLevel);
        Assert.StartsWith("High: billing-api reloads on this change and its OnChange handler", radius.RiskExplanation);
        Assert.Contains("(a reload race)", radius.RiskExplanation);
        // The lesser risks are counted, not repeated: the risks list spells them out.
        Assert.Matches(@"\. \d+ lesser risks? (is|are) listed below\.$", radius.RiskExplanation);
        Assert.DoesNotContain(radius.Risks, r => radius.RiskExplanation.Contains(r.Message.TrimEnd('.'), StringComparison.Ordinal));
    }

    [Fact]
    public void Analyze_SharedKeyReadWithoutReloads_IsMediumAndSaysItIsShared()
    {
        var world = new RadiusWorld { ValidatedInStaging = true };
        world.Replace(RadiusWorld.BillingApi() with { Refresh = [], ReloadHandlers = [], HealthEndpoints = [] });
        world.Settings.RemoveAll(s => s.Label == "staging");
        world.Settings.Add(RadiusWorld.Setting(RadiusWorld.TaxRate, "staging", "0.0825"));

        var radius = world.Analyze();

        Assert.Equal(RiskLevel.Medium, radius.RiskLevel);
        Assert.Equal("Medium: tax.rate.default is shared by billing-api, invoice-renderer, owned by 2 teams (payments, documents): a change for one is a change for all.",
            radius.RiskExplanation);
    }

    [Fact]
    public void Analyze_OneReaderNoRisks_IsLowAndNamesTheReader()
    {
        var world = new RadiusWorld { ValidatedInStaging = true };
        world.Scans.RemoveAll(s => s.Name == "billing-api");
        world.Settings.RemoveAll(s => s.Label == "staging");
        world.Settings.Add(RadiusWorld.Setting(RadiusWorld.TaxRate, "staging", "0.0825"));

        var radius = world.Analyze();

        Assert.Equal(RiskLevel.Low, radius.RiskLevel);
        Assert.StartsWith("Low: invoice-renderer uses tax.rate.default [production]", radius.RiskExplanation);
    }
}
