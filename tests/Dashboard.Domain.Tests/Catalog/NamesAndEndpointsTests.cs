using Dashboard.Domain.Catalog;

namespace Dashboard.Domain.Tests.Catalog;

public class NamesAndEndpointsTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("-billing")]
    [InlineData("billing api")]
    [InlineData("billing/api")]
    public void Service_InvalidName_IsRefused(string name)
    {
        Assert.Throws<DomainException>(() => new Service(name, "payments", ServiceKind.Api, Lifecycle.Production));
    }

    [Fact]
    public void Service_NameTooLong_IsRefusedWithTheLimit()
    {
        var error = Assert.Throws<DomainException>(() => new Service(new string('a', 64), "payments", ServiceKind.Api, Lifecycle.Production));

        Assert.Contains("63", error.Message);
    }

    [Fact]
    public void Service_SecondEndpointInSameEnvironment_IsRefused()
    {
        var service = new Service("billing-api", "payments", ServiceKind.Api, Lifecycle.Production);
        service.AddEndpoint(new ServiceEndpoint("staging", new Uri("https://a.internal"), "/health/live", "/health/ready"));

        Assert.Throws<DomainException>(() =>
            service.AddEndpoint(new ServiceEndpoint("staging", new Uri("https://b.internal"), "/health/live", "/health/ready")));
    }

    [Theory]
    [InlineData("ftp://billing.internal", "/health/live")]
    [InlineData("https://billing.internal", "health")]
    public void ServiceEndpoint_InvalidUrlOrPath_IsRefused(string url, string path)
    {
        Assert.Throws<DomainException>(() => new ServiceEndpoint("staging", new Uri(url), path, "/health/ready"));
    }

    [Fact]
    public void ConfigStore_AzureWithoutHttpsEndpoint_IsRefused()
    {
        Assert.Throws<DomainException>(() => new ConfigStore("prod-config", ConfigStoreKind.AzureAppConfiguration, endpoint: null));
        Assert.Throws<DomainException>(() => new ConfigStore("prod-config", ConfigStoreKind.AzureAppConfiguration, new Uri("http://prod-config.azconfig.io")));
    }

    [Fact]
    public void ConfigStore_EndpointWithCredentials_IsRefused()
    {
        Assert.Throws<DomainException>(() => new ConfigStore("prod-config", ConfigStoreKind.AzureAppConfiguration, new Uri("https://user:secret@prod-config.azconfig.io")));
    }

    [Theory]
    [InlineData("prod*")]
    [InlineData("a,b")]
    [InlineData("")]
    public void ConfigStoreBinding_InvalidLabel_IsRefused(string label)
    {
        Assert.Throws<DomainException>(() => new ConfigStoreBinding("production", label));
    }
}
