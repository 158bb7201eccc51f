using Dashboard.Domain.Catalog;
using Dashboard.Domain.Health;
using Dashboard.Domain.Scanning;

namespace Dashboard.Domain.Tests.Health;

public class HealthThresholdsTests
{
    [Fact]
    public void Default_IsKialisTolerances()
    {
        var defaults = HealthThresholds.Default;

        Assert.Equal((0.001, 0.10, 0.10, 0.20), (defaults.ServerErrorDegraded, defaults.ServerErrorUnhealthy, defaults.ClientErrorDegraded, defaults.ClientErrorUnhealthy));
    }

    [Fact]
    public void With_PartialOverrides_KeepsTheOtherDefaults()
    {
        var thresholds = HealthThresholds.Default.With(new HealthThresholdOverrides(ServerErrorUnhealthy: 0.05));

        Assert.Equal(0.05, thresholds.ServerErrorUnhealthy);
        Assert.Equal(0.001, thresholds.ServerErrorDegraded);
        Assert.Equal(1000, thresholds.LatencyDegradedMs);
    }

    [Theory]
    [InlineData(0.2, 0.1)]
    [InlineData(-0.1, 0.1)]
    [InlineData(0.1, 1.5)]
    [InlineData(double.NaN, 0.1)]
    public void Constructor_ErrorRatesOutOfOrderOrRange_IsRefusedWithAnExample(double degraded, double unhealthy)
    {
        var error = Assert.Throws<DomainException>(() => new HealthThresholds(degraded, unhealthy, 0.1, 0.2, 1000, 5000));

        Assert.Contains("dashboard/health.error-rate: 1%, 10%", error.Message);
    }

    [Fact]
    public void Constructor_UnhealthyLatencyBelowDegraded_IsRefused()
    {
        var error = Assert.Throws<DomainException>(() => new HealthThresholds(0.001, 0.1, 0.1, 0.2, 3000, 800));

        Assert.Contains("dashboard/health.p95: 800ms, 3s", error.Message);
    }

    [Fact]
    public void SetHealthThresholds_InvalidOverride_IsRefusedNamingTheServiceAndKeepsThePrevious()
    {
        var service = new Service("billing-api", "payments", ServiceKind.Api, Lifecycle.Production);
        service.SetHealthThresholds(new HealthThresholdOverrides(ServerErrorUnhealthy: 0.05));

        var error = Assert.Throws<DomainException>(() => service.SetHealthThresholds(new HealthThresholdOverrides(ServerErrorDegraded: 0.5)));

        Assert.StartsWith("Health thresholds of 'billing-api':", error.Message);
        Assert.Equal(0.05, service.HealthThresholds.ServerErrorUnhealthy);
    }

    [Fact]
    public void SetHealthThresholds_EmptyOverrides_FallsBackToTheDefaults()
    {
        var service = new Service("billing-api", "payments", ServiceKind.Api, Lifecycle.Production);
        service.SetHealthThresholds(new HealthThresholdOverrides(ServerErrorUnhealthy: 0.05));

        service.SetHealthThresholds(new HealthThresholdOverrides());

        Assert.Null(service.HealthThresholdOverrides);
        Assert.Equal(HealthThresholds.Default, service.HealthThresholds);
    }

    [Fact]
    public void ServiceEndpoint_WithoutInstances_ProbesTheBaseUrl()
    {
        var endpoint = new ServiceEndpoint("production", new Uri("http://127.0.0.1:7100"), "/health/live", "/health/ready");

        Assert.Equal([new Uri("http://127.0.0.1:7100")], endpoint.ProbedInstances);
    }

    [Fact]
    public void ServiceEndpoint_WithInstances_ProbesEachInstance()
    {
        var endpoint = new ServiceEndpoint("production", new Uri("http://lb.internal"), "/health/live", "/health/ready",
            [new Uri("http://127.0.0.1:7101"), new Uri("http://127.0.0.1:7102")]);

        Assert.Equal(["http://127.0.0.1:7101/", "http://127.0.0.1:7102/"], endpoint.ProbedInstances.Select(u => u.AbsoluteUri));
    }

    [Fact]
    public void ServiceEndpoint_DuplicateInstance_IsRefused()
    {
        var error = Assert.Throws<DomainException>(() => new ServiceEndpoint("production", new Uri("http://lb.internal"), "/health/live", "/health/ready",
            [new Uri("http://127.0.0.1:7101"), new Uri("http://127.0.0.1:7101/")]));

        Assert.Contains("listed twice", error.Message);
    }

    [Fact]
    public void ReadinessWiring_From_FindsTheScannedEndpointByPath()
    {
        var scan = new ServiceScan
        {
            Name = "billing-api",
            Path = "billing-api",
            HealthEndpoints = [new HealthEndpoint("/health", LivenessOnly: false, RunsDependencyChecks: true, "Program.cs", 30)],
        };

        Assert.True(ReadinessWiring.From(scan, "/health").IncludesDependencies);
        Assert.False(ReadinessWiring.From(scan, "/health/ready").IncludesDependencies);
        Assert.False(ReadinessWiring.From(null, "/health").Scanned);
    }
}
