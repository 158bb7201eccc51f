using Dashboard.Domain.Scanning;

namespace Dashboard.Analysis.Tests.Scanning;

public class HealthEndpointScanTests
{
    private const string DependencyChecks = """
        builder.Services.AddHealthChecks()
            .AddSqlServer(connectionString, name: "billing-db")
            .AddCheck("self", () => HealthCheckResult.Healthy(), tags: new[] { "live" });
        """;

    [Fact]
    public async Task ScanAsync_EndpointWithoutPredicateAndDependencyChecks_ReportsFinding()
    {
        var scan = await ServiceSnippets.ScanAsync(DependencyChecks, "app.MapHealthChecks(\"/health\");");

        var endpoint = Assert.Single(scan.HealthEndpoints);
        Assert.Equal(new HealthEndpoint("/health", false, true, ServiceSnippets.FileName(2), 1), endpoint);
        var finding = Assert.Single(scan.Findings);
        Assert.Equal((ScanRules.HealthCheckIncludesDependencies, ServiceSnippets.FileName(2)), (finding.Rule, finding.File));
        Assert.Contains("billing-db", finding.Message);
    }

    [Fact]
    public async Task ScanAsync_LivenessEndpointBesideReadiness_NoFinding()
    {
        const string endpoints = """
            app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
            app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") });
            """;

        var scan = await ServiceSnippets.ScanAsync(DependencyChecks, endpoints);

        Assert.Equal([("/health/live", true, false), ("/health/ready", false, false)],
            scan.HealthEndpoints.Select(e => (e.Path, e.LivenessOnly, e.RunsDependencyChecks)));
        Assert.Empty(scan.Findings);
    }

    [Fact]
    public async Task ScanAsync_TagFilteredLivenessEndpoint_IsLivenessOnly()
    {
        var scan = await ServiceSnippets.ScanAsync(DependencyChecks,
            "app.MapHealthChecks(\"/healthz\", new HealthCheckOptions { Predicate = check => check.Tags.Contains(\"live\") });");

        Assert.True(Assert.Single(scan.HealthEndpoints).LivenessOnly);
        Assert.Empty(scan.Findings);
    }

    [Fact]
    public async Task ScanAsync_PredicateAlwaysTrue_RunsEveryCheck()
    {
        var scan = await ServiceSnippets.ScanAsync(DependencyChecks,
            "app.MapHealthChecks(\"/health\", new HealthCheckOptions { Predicate = _ => true });");

        Assert.True(Assert.Single(scan.HealthEndpoints).RunsDependencyChecks);
        Assert.Single(scan.Findings);
    }

    [Fact]
    public async Task ScanAsync_OnlySelfChecksRegistered_NoFinding()
    {
        var scan = await ServiceSnippets.ScanAsync(
            "builder.Services.AddHealthChecks().AddCheck(\"self\", () => HealthCheckResult.Healthy());",
            "app.MapHealthChecks(\"/health\");");

        Assert.False(Assert.Single(scan.HealthEndpoints).RunsDependencyChecks);
        Assert.Empty(scan.Findings);
    }
}
