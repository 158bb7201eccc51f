using Dashboard.Domain.BlastRadius;
using Dashboard.Domain.Catalog;
using Dashboard.Domain.Scanning;

namespace Dashboard.Domain.Tests.BlastRadius;

// Downstream callers found in code: HttpClients linked to catalog components drive amplification and backoff.
public class CodeDownstreamTests
{
    private static RadiusWorld WorldWithFrontendCode(HttpClientResilience client, RetryPolicy? catalogRetry = null)
    {
        var world = new RadiusWorld();
        world.Catalog.ChangeRetryPolicy("frontend", DependencyTargetKind.Service, "billing-api", catalogRetry ?? RetryPolicy.NoRetries(TimeSpan.FromSeconds(30)));
        world.Scans.Add(new ServiceScan { Name = "frontend", Path = "services/frontend", HttpClients = [client] });
        return world;
    }

    private static HttpClientResilience Client(string name, HttpRetryKind retry = HttpRetryKind.Immediate, int attempts = 3) =>
        new(name, retry, attempts, "services/frontend/Program.cs", 12);

    [Fact]
    public void Analyze_CatalogSilentCodeRetriesImmediately_CodeDrivesAmplificationAndTheRisk()
    {
        var radius = WorldWithFrontendCode(Client("billing-api")).Analyze();

        var frontend = Assert.Single(radius.Downstream, d => d.Service == "frontend");
        Assert.Equal((4L, false), (frontend.Amplification, frontend.HasBackoff));
        Assert.Contains("services/frontend/Program.cs:12", frontend.Evidence);
        Assert.Contains("the catalog says no retries", frontend.Disagreement);
        var risk = Assert.Single(radius.Risks, r => r.Rule == BlastRadiusRules.RetryWithoutBackoff && r.Service == "frontend");
        Assert.StartsWith("code: services/frontend/Program.cs:12 HttpClient 'billing-api'", risk.Evidence);
    }

    [Fact]
    public void Analyze_CatalogAndCodeAgree_ShowsNoDisagreement()
    {
        var agreeing = new RetryPolicy(3, BackoffKind.None, TimeSpan.FromSeconds(10), circuitBreaker: false);

        var frontend = Assert.Single(WorldWithFrontendCode(Client("billing-api"), agreeing).Analyze().Downstream, d => d.Service == "frontend");

        Assert.Null(frontend.Disagreement);
    }

    [Fact]
    public void Analyze_CodeUsesBackoffWhereTheCatalogSaysImmediate_CodeWinsAndTheDisagreementIsShown()
    {
        var radius = WorldWithFrontendCode(Client("billing-api", HttpRetryKind.Backoff), RadiusWorld.Immediate(3)).Analyze();

        var frontend = Assert.Single(radius.Downstream, d => d.Service == "frontend");
        Assert.True(frontend.HasBackoff);
        Assert.Contains("the catalog says 3 immediate retries", frontend.Disagreement);
        Assert.DoesNotContain(radius.Risks, r => r.Rule == BlastRadiusRules.RetryWithoutBackoff && r.Service == "frontend");
    }

    [Fact]
    public void Analyze_CallerOnlyInCode_IsDownstreamToo()
    {
        var world = new RadiusWorld();
        world.AddService("checkout");
        world.Scans.Add(new ServiceScan
        {
            Name = "checkout",
            Path = "services/checkout",
            HttpClients = [new HttpClientResilience("BillingApiClient", HttpRetryKind.Immediate, 2, "services/checkout/Program.cs", 8) { TypedClient = true }],
        });

        var checkout = Assert.Single(world.Analyze().Downstream, d => d.Service == "checkout");

        Assert.Equal(("checkout → billing-api", 3L), (checkout.Via, checkout.Amplification));
        Assert.Contains("typed-client name 'BillingApiClient' names billing-api", checkout.Evidence);
    }

    [Theory]
    [InlineData("inventory", "Downstream:BillingApi:BaseUrl", null, "its base address is read from Downstream:BillingApi:BaseUrl, which names billing-api")]
    [InlineData("IBillingServiceClient", null, null, "typed-client name 'IBillingServiceClient' names billing-api")]
    [InlineData("payments", null, "https://billing.contoso.com/v2", "is billing-api's endpoint host billing.contoso.com")]
    [InlineData("payments", null, "https+http://billing-api", "is a host named like billing-api")]
    public void Analyze_ClientLinkedByKeyNameOrUrl_SaysHow(string name, string? key, string? url, string evidence)
    {
        var world = new RadiusWorld();
        world.Catalog.AddEndpoint("billing-api", new ServiceEndpoint("production", new Uri("https://billing.contoso.com"), "/health/live", "/health/ready"));
        world.Scans.Add(new ServiceScan
        {
            Name = "frontend",
            Path = "services/frontend",
            HttpClients = [Client(name) with { BaseAddressKey = key, BaseAddress = url, TypedClient = name.StartsWith('I') }],
        });

        var call = Assert.Single(world.Analyze().CodeCalls);

        Assert.Equal("billing-api", call.Target);
        Assert.Contains(evidence, call.LinkedBy);
    }

    [Fact]
    public void Analyze_ClientNothingLinks_IsListedAsUnlinked()
    {
        var world = new RadiusWorld();
        world.Scans.Add(new ServiceScan
        {
            Name = "frontend",
            Path = "services/frontend",
            HttpClients = [Client("weather") with { BaseAddressKey = "External:Weather:Url" }],
        });

        var call = Assert.Single(world.Analyze().CodeCalls);

        Assert.Null(call.Target);
        Assert.Contains("no catalog component matches its base-address key External:Weather:Url, client name 'weather'", call.LinkedBy);
        Assert.Equal(("services/frontend/Program.cs", 12), (call.File, call.Line));
    }
}
