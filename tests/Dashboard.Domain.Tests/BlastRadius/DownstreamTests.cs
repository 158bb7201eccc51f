using Dashboard.Domain.BlastRadius;
using Dashboard.Domain.Catalog;

namespace Dashboard.Domain.Tests.BlastRadius;

public class DownstreamTests
{
    [Fact]
    public void Analyze_SingleEdgeWithThreeImmediateRetries_AmplifiesFourTimesWithoutBackoff()
    {
        var radius = new RadiusWorld().Analyze();

        var frontend = Assert.Single(radius.Downstream, d => d.Service == "frontend");
        Assert.Equal("frontend → billing-api", frontend.Via);
        Assert.Equal(4, frontend.Amplification);
        Assert.False(frontend.HasBackoff);
        Assert.False(frontend.CircuitBreaker);
    }

    [Fact]
    public void Analyze_TwoHops_MultipliesTheAmplificationAlongThePath()
    {
        var world = new RadiusWorld();
        world.AddCall("mobile-gateway", "frontend", RadiusWorld.Immediate(2));

        var radius = world.Analyze();

        var gateway = Assert.Single(radius.Downstream, d => d.Service == "mobile-gateway");
        Assert.Equal("mobile-gateway → frontend → billing-api", gateway.Via);
        Assert.Equal(12, gateway.Amplification);
        Assert.Equal("mobile-gateway", radius.Downstream[0].Service);
    }

    [Fact]
    public void Analyze_EdgeWithBackoff_IsShownWithBackoffAndCircuitBreakerAndRaisesNoRetryRisk()
    {
        var radius = new RadiusWorld().Analyze();

        var orders = Assert.Single(radius.Downstream, d => d.Service == "order-processing");
        Assert.True(orders.HasBackoff);
        Assert.True(orders.CircuitBreaker);
        Assert.Equal(4, orders.Amplification);
        var retryRisk = Assert.Single(radius.Risks, r => r.Rule == BlastRadiusRules.RetryWithoutBackoff);
        Assert.Equal("frontend", retryRisk.Service);
        Assert.Contains("catalog dependency frontend → component:billing-api (3 immediate retries", retryRisk.Evidence);
    }

    [Fact]
    public void Analyze_DependencyCycle_TerminatesAndListsEachServiceOnce()
    {
        var world = new RadiusWorld();
        world.AddCall("billing-api", "frontend", RetryPolicy.NoRetries(TimeSpan.FromSeconds(2)));
        world.AddCall("ledger", "frontend", RadiusWorld.Immediate(1));
        world.AddCall("frontend", "ledger", RadiusWorld.Immediate(1));

        var radius = world.Analyze();

        Assert.Equal(["frontend", "ledger", "order-processing"], radius.Downstream.Select(d => d.Service).Order(StringComparer.Ordinal));
        Assert.Equal("ledger → frontend → billing-api", radius.Downstream.Single(d => d.Service == "ledger").Via);
        Assert.Equal(8, radius.Downstream.Single(d => d.Service == "ledger").Amplification);
    }

    [Fact]
    public void Analyze_TwoEquallyShortPaths_KeepsTheOneThatAmplifiesMost()
    {
        var world = new RadiusWorld();
        world.AddCall("checkout", "order-processing", RadiusWorld.Immediate(1));
        world.AddCall("checkout", "frontend", RadiusWorld.Immediate(2));

        var checkout = Assert.Single(world.Analyze().Downstream, d => d.Service == "checkout");

        Assert.Equal("checkout → frontend → billing-api", checkout.Via);
        Assert.Equal(12, checkout.Amplification);
    }

    [Fact]
    public void Analyze_AmplificationOfFourIntoAReloadingServiceWithoutARace_IsHigh()
    {
        var world = new RadiusWorld();
        world.Replace(RadiusWorld.BillingApi() with { ReloadHandlers = [], HealthEndpoints = [] });

        var radius = world.Analyze();

        Assert.Equal(RiskLevel.High, radius.RiskLevel);
        Assert.Contains("frontend can send up to 4 calls per request into billing-api, which reloads on this change", radius.RiskExplanation);
    }

    [Fact]
    public void Analyze_AmplificationOfFourWithBackoffIntoAReloadingService_IsNotHigh()
    {
        var world = new RadiusWorld { ValidatedInStaging = true };
        world.Replace(RadiusWorld.BillingApi() with { ReloadHandlers = [], HealthEndpoints = [] });
        world.Catalog.RemoveDependency("frontend", DependencyTargetKind.Service, "billing-api");

        var radius = world.Analyze();

        Assert.Equal(4, radius.Downstream.Single(d => d.Service == "order-processing").Amplification);
        Assert.Equal(RiskLevel.Medium, radius.RiskLevel);
        Assert.DoesNotContain("calls per request", radius.RiskExplanation);
    }
}
