using Dashboard.Domain.Catalog;

namespace Dashboard.Domain.Tests.Catalog;

public class ServiceEditingTests
{
    private static Service Billing() => new("billing-api", "payments", ServiceKind.Api, Lifecycle.Production, "Charges customers.");

    private static ServiceEndpoint Endpoint(string environment, string url, string live = "/health/live", string ready = "/health/ready") =>
        new(environment, new Uri(url), live, ready);

    [Fact]
    public void Update_ValidValues_ChangesOwnerKindLifecycleAndDescription()
    {
        var service = Billing();

        service.Update("billing-team", ServiceKind.Worker, Lifecycle.Deprecated, "  Renders invoices.  ");

        Assert.Equal("billing-team", service.OwnerTeam);
        Assert.Equal(ServiceKind.Worker, service.Kind);
        Assert.Equal(Lifecycle.Deprecated, service.Lifecycle);
        Assert.Equal("Renders invoices.", service.Description);
    }

    [Theory]
    [InlineData("", "needs a name")]
    [InlineData("pay ments", "is not a valid owner team name")]
    public void Update_InvalidOwnerTeam_IsRefusedAndNothingChanges(string owner, string expected)
    {
        var service = Billing();

        var error = Assert.Throws<DomainException>(() => service.Update(owner, ServiceKind.Worker, Lifecycle.Deprecated, "other"));

        Assert.Contains(expected, error.Message);
        Assert.Equal("payments", service.OwnerTeam);
        Assert.Equal(ServiceKind.Api, service.Kind);
        Assert.Equal("Charges customers.", service.Description);
    }

    [Fact]
    public void Update_DescriptionTooLong_SaysTheLimit()
    {
        var service = Billing();

        var error = Assert.Throws<DomainException>(() =>
            service.Update("payments", ServiceKind.Api, Lifecycle.Production, new string('x', Service.MaxDescriptionLength + 1)));

        Assert.Contains($"at most {Service.MaxDescriptionLength}", error.Message);
    }

    [Fact]
    public void Update_UndefinedKind_IsRefusedNamingTheKinds()
    {
        var service = Billing();

        var error = Assert.Throws<DomainException>(() => service.Update("payments", (ServiceKind)42, Lifecycle.Production, ""));

        Assert.Contains("Frontend, Api, Worker, Job", error.Message);
    }

    [Theory]
    [InlineData("services/billing-api", "services/billing-api")]
    [InlineData(@".\services\billing-api\", "services/billing-api")]
    [InlineData("  ", null)]
    [InlineData(null, null)]
    public void SetSourcePath_RelativeFolder_IsNormalised(string? given, string? expected)
    {
        var service = Billing();

        service.SetSourcePath(given);

        Assert.Equal(expected, service.SourcePath);
    }

    [Theory]
    [InlineData("/src/billing-api", "is absolute")]
    [InlineData(@"C:\src\billing-api", "is absolute")]
    [InlineData("services/../../etc", "must stay inside the source root")]
    [InlineData("services//billing", "must stay inside the source root")]
    public void SetSourcePath_OutsideTheRoot_IsRefusedAndKeepsTheOldPath(string given, string expected)
    {
        var service = Billing();
        service.SetSourcePath("services/billing-api");

        var error = Assert.Throws<DomainException>(() => service.SetSourcePath(given));

        Assert.Contains(expected, error.Message);
        Assert.Contains("billing-api", error.Message);
        Assert.Equal("services/billing-api", service.SourcePath);
    }

    [Fact]
    public void SetSourcePath_TooLong_IsRefused()
    {
        var service = Billing();

        var error = Assert.Throws<DomainException>(() => service.SetSourcePath(string.Join('/', Enumerable.Repeat("folder", 40))));

        Assert.Contains($"at most {Service.MaxSourcePathLength}", error.Message);
    }

    [Fact]
    public void SetDeclaredConfigKeys_ValidFilters_AreKeptInOrderWithoutDuplicates()
    {
        var service = Billing();

        service.SetDeclaredConfigKeys(["Orders:*", " tax.rate.default ", "", "Orders:*"]);

        Assert.Equal(["Orders:*", "tax.rate.default"], service.DeclaredConfigKeys);
    }

    [Fact]
    public void SetDeclaredConfigKeys_InvalidFilter_IsRefusedNamingServiceAndFilter()
    {
        var service = Billing();
        service.SetDeclaredConfigKeys(["Billing:*"]);

        var error = Assert.Throws<DomainException>(() => service.SetDeclaredConfigKeys(["tax.rate.default", "Or*ders"]));

        Assert.Contains("billing-api", error.Message);
        Assert.Contains("Or*ders", error.Message);
        Assert.Contains("'*' may only end an alternative", error.Message);
        Assert.Equal(["Billing:*"], service.DeclaredConfigKeys);
    }

    [Fact]
    public void SetDeclaredConfigKeys_TooMany_AsksForAPrefix()
    {
        var service = Billing();

        var error = Assert.Throws<DomainException>(() =>
            service.SetDeclaredConfigKeys(Enumerable.Range(0, Service.MaxDeclaredConfigKeys + 1).Select(i => $"key.{i}")));

        Assert.Contains("prefix", error.Message);
        Assert.Empty(service.DeclaredConfigKeys);
    }

    [Fact]
    public void ReplaceEndpoint_Existing_ChangesUrlAndProbesInPlace()
    {
        var service = Billing();
        service.AddEndpoint(Endpoint("production", "https://old.contoso.com", "/health", "/health"));
        var stored = service.Endpoints.Single();

        service.ReplaceEndpoint(Endpoint("production", "https://new.contoso.com"));

        Assert.Same(stored, service.Endpoints.Single());
        Assert.Equal(new Uri("https://new.contoso.com"), stored.BaseUrl);
        Assert.Equal("/health/ready", stored.ReadinessPath);
    }

    [Fact]
    public void ReplaceEndpoint_NoEndpointInThatEnvironment_SaysToAddOne()
    {
        var service = Billing();

        var error = Assert.Throws<DomainException>(() => service.ReplaceEndpoint(Endpoint("staging", "https://x.contoso.com")));

        Assert.Contains("no endpoint in 'staging' to replace; add one instead", error.Message);
    }

    [Fact]
    public void RemoveEndpoint_Existing_RemovesOnlyThatEnvironment()
    {
        var service = Billing();
        service.AddEndpoint(Endpoint("staging", "https://s.contoso.com"));
        service.AddEndpoint(Endpoint("production", "https://p.contoso.com"));

        service.RemoveEndpoint("staging");

        Assert.Equal(["production"], service.Endpoints.Select(e => e.Environment));
    }

    [Fact]
    public void RemoveEndpoint_Unknown_ListsTheEnvironmentsItHas()
    {
        var service = Billing();
        service.AddEndpoint(Endpoint("production", "https://p.contoso.com"));

        var error = Assert.Throws<DomainException>(() => service.RemoveEndpoint("qa"));

        Assert.Contains("endpoints in production", error.Message);
    }
}
