using Dashboard.Infrastructure.Health;
using Dashboard.Infrastructure.Monitoring;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Dashboard.Infrastructure.Tests.Health;

public sealed class HealthOptionsValidatorTests
{
    private static IReadOnlyList<string> Failures(HealthOptions options) =>
        new HealthOptionsValidator().Validate(null, options).Failures?.ToList() ?? [];

    [Fact]
    public void Validate_Defaults_Pass()
    {
        Assert.Empty(Failures(new HealthOptions()));
    }

    [Fact]
    public void Validate_TimeoutLongerThanTheInterval_NamesBothKeys()
    {
        var failure = Assert.Single(Failures(new HealthOptions { Probes = new ProbeOptions { IntervalSeconds = 5, TimeoutSeconds = 8 } }));

        Assert.Equal("Health:Probes:TimeoutSeconds is 8; set more than 0 and at most Health:Probes:IntervalSeconds (5) (default 5).", failure);
    }

    [Fact]
    public void Validate_MalformedWorkspaceId_NamesTheKeyAndWhatToGive()
    {
        var options = new HealthOptions { LogAnalytics = new LogAnalyticsOptions { Workspaces = [new() { Environment = "production", WorkspaceId = "contoso-logs" }] } };

        var failure = Assert.Single(Failures(options));

        Assert.StartsWith("Health:LogAnalytics:Workspaces:0:WorkspaceId is 'contoso-logs'; give the workspace id, a GUID", failure);
    }

    [Fact]
    public void Validate_UnknownSource_NamesTheKeyAndTheChoices()
    {
        var failure = Assert.Single(Failures(new HealthOptions { Source = "Prometheus" }));

        Assert.Equal("Health:Source is 'Prometheus'; use Probes (the dashboard's own probes) or LogAnalytics (Application Insights request telemetry).", failure);
    }

    [Fact]
    public void Validate_LogAnalyticsSourceWithoutWorkspaces_NamesTheWorkspacesKey()
    {
        var failure = Assert.Single(Failures(new HealthOptions { Source = "LogAnalytics" }));

        Assert.StartsWith("Health:LogAnalytics:Workspaces is empty while Health:Source is LogAnalytics;", failure);
    }

    [Fact]
    public void Validate_TwoChecksOfAServiceUnderOneName_AsksForDistinctNames()
    {
        var options = new HealthOptions { Probes = new ProbeOptions { SyntheticChecks =
            [new() { Service = "billing-api", Path = "/api/tax/quote" }, new() { Service = "billing-api", Name = "GET /api/tax/quote", Path = "/api/tax/other" }] } };

        var failure = Assert.Single(Failures(options));

        Assert.Equal("Health:Probes:SyntheticChecks has 2 checks of billing-api named 'GET /api/tax/quote'; give each a distinct Name.", failure);
    }

    [Fact]
    public void Validate_BadSyntheticCheck_NamesEachBadField()
    {
        var options = new HealthOptions { Probes = new ProbeOptions { SyntheticChecks = [new() { Service = "", Method = "FETCH", Path = "api", ExpectedStatus = 42 }] } };

        Assert.Equal(4, Failures(options).Count);
        Assert.All(Failures(options), f => Assert.StartsWith("Health:Probes:SyntheticChecks:0:", f));
    }

    [Fact]
    public void AddHealthMonitoring_BadSetting_StopsTheStartNamingTheKey()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Health:Probes:IntervalSeconds"] = "0" }).Build();
        using var provider = new ServiceCollection().AddHealthMonitoring(configuration).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<HealthOptions>>().Value);

        Assert.Contains("Health:Probes:IntervalSeconds is 0; set 1 or more (default 10).", error.Message);
    }
}
