using Dashboard.Analysis.Catalog;

namespace Dashboard.Analysis.Tests.Catalog;

public class BackstageHealthAnnotationTests
{
    private static string Component(string annotations) => $"""
        apiVersion: backstage.io/v1alpha1
        kind: Component
        metadata:
          name: billing-api
          annotations:
            dashboard/endpoint.production: https://billing-api.contoso.com
        {annotations}
        spec:
          type: service
          owner: payments
        """;

    [Fact]
    public void Read_HealthThresholdAnnotations_SetTheServicesOverrides()
    {
        var import = BackstageCatalogReader.Read([("billing.yaml", Component("""
                dashboard/health.error-rate: 0.5%, 5%
                dashboard/health.p95: 800ms, 3s
            """))]);

        Assert.Empty(import.Diagnostics);
        var thresholds = import.Catalog.FindService("billing-api")!.HealthThresholds;
        Assert.Equal((0.005, 0.05), (thresholds.ServerErrorDegraded, thresholds.ServerErrorUnhealthy));
        Assert.Equal((800, 3000), (thresholds.LatencyDegradedMs, thresholds.LatencyUnhealthyMs));
        Assert.Equal(0.10, thresholds.ClientErrorDegraded);
    }

    [Theory]
    [InlineData("dashboard/health.error-rate: 5%", "must give the degraded and the unhealthy level")]
    [InlineData("dashboard/health.error-rate: 0.01, 0.1", "dashboard/health.error-rate: 1%, 10%")]
    [InlineData("dashboard/health.error-rate: 20%, 5%", "unhealthy level at least the degraded one")]
    [InlineData("dashboard/health.p95: fast, 3s", "dashboard/health.p95: 800ms, 3s")]
    public void Read_InvalidThresholdAnnotation_SkipsTheServiceSayingHowToWriteIt(string annotation, string expected)
    {
        var import = BackstageCatalogReader.Read([("billing.yaml", Component("    " + annotation))]);

        Assert.Null(import.Catalog.FindService("billing-api"));
        Assert.Contains(expected, Assert.Single(import.Diagnostics).Message);
    }

    [Fact]
    public void Read_InstancesAnnotation_ListsEachInstanceToProbe()
    {
        var import = BackstageCatalogReader.Read([("billing.yaml", Component("""
                dashboard/instances.production: http://127.0.0.1:7101, http://127.0.0.1:7102
            """))]);

        var endpoint = import.Catalog.FindService("billing-api")!.EndpointIn("production")!;
        Assert.Equal(["http://127.0.0.1:7101/", "http://127.0.0.1:7102/"], endpoint.InstanceUrls);
    }

    [Fact]
    public void Read_InstancesInAnEnvironmentWithoutEndpoint_IsReported()
    {
        var import = BackstageCatalogReader.Read([("billing.yaml", Component("""
                dashboard/instances.staging: http://127.0.0.1:7201
            """))]);

        Assert.Contains("there is no dashboard/endpoint.staging", Assert.Single(import.Diagnostics).Message);
    }
}
