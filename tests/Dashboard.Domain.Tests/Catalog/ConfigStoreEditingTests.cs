using Dashboard.Domain.Catalog;

namespace Dashboard.Domain.Tests.Catalog;

public sealed class ConfigStoreEditingTests
{
    private static ServiceCatalog Catalog()
    {
        var catalog = new ServiceCatalog();
        catalog.AddEnvironment(new DeploymentEnvironment("staging", 0, false));
        catalog.AddEnvironment(new DeploymentEnvironment("production", 1, true));
        catalog.AddService(new Service("billing-api", "payments", ServiceKind.Api, Lifecycle.Production));
        catalog.AddStore(new ConfigStore("orders-config", ConfigStoreKind.AzureAppConfiguration, new Uri("https://orders-config.azconfig.io")),
            new ConfigStoreBinding("staging", "staging"), new ConfigStoreBinding("production", "production"));
        return catalog;
    }

    [Theory]
    [InlineData("http://127.0.0.1:8483")]
    [InlineData("http://localhost:8483")]
    [InlineData("http://[::1]:8483")]
    [InlineData("https://orders-config.azconfig.io")]
    public void ConfigStore_HttpsOrLoopbackHttp_IsAccepted(string endpoint)
    {
        var store = new ConfigStore("orders-config", ConfigStoreKind.AzureAppConfiguration, new Uri(endpoint), ConfigStoreAuthentication.ConnectionString);

        Assert.Equal(new Uri(endpoint), store.Endpoint);
        Assert.Equal(ConfigStoreAuthentication.ConnectionString, store.Authentication);
    }

    [Fact]
    public void ConfigStore_EntraIdOnLoopbackHttp_IsRefusedBecauseTokensNeedHttps()
    {
        var refused = Assert.Throws<DomainException>(() => new ConfigStore("emulator", ConfigStoreKind.AzureAppConfiguration, new Uri("http://127.0.0.1:8483")));

        Assert.Contains("Entra ID tokens are only ever sent over https", refused.Message);
        Assert.Equal(ConfigStoreAuthentication.EntraId, new ConfigStore("prod", ConfigStoreKind.AzureAppConfiguration, new Uri("https://prod.azconfig.io")).Authentication);
    }

    [Fact]
    public void ConfigStore_HttpOffTheLoopback_IsRefusedWithTheReason()
    {
        var refused = Assert.Throws<DomainException>(() => new ConfigStore("orders-config", ConfigStoreKind.AzureAppConfiguration, new Uri("http://10.0.0.4:8080")));

        Assert.Contains("http is allowed only on the loopback", refused.Message);
    }

    [Fact]
    public void ConfigStore_EndpointWithAPath_IsRefused()
    {
        var refused = Assert.Throws<DomainException>(() => new ConfigStore("orders-config", ConfigStoreKind.AzureAppConfiguration, new Uri("https://orders-config.azconfig.io/kv?x=1")));

        Assert.Contains("remove '/kv?x=1'", refused.Message);
    }

    [Fact]
    public void ConfigStore_LocalWithAnEndpointOrASignIn_IsRefused()
    {
        Assert.Throws<DomainException>(() => new ConfigStore("demo", ConfigStoreKind.Local, new Uri("https://demo.azconfig.io")));
        Assert.Throws<DomainException>(() => new ConfigStore("demo", ConfigStoreKind.Local, null, ConfigStoreAuthentication.ConnectionString));
        Assert.Equal(ConfigStoreAuthentication.None, new ConfigStore("demo", ConfigStoreKind.Local, null).Authentication);
    }

    [Fact]
    public void ConfigStoreEndpoint_Parse_NotAUrl_SaysWhatToGive()
    {
        var refused = Assert.Throws<DomainException>(() => ConfigStoreEndpoint.Parse("orders-config.azconfig.io", "orders-config"));

        Assert.Contains("is not an absolute URL; give the store's endpoint, e.g. https://orders-config.azconfig.io", refused.Message);
    }

    [Fact]
    public void UpdateStore_NewEndpointSignInAndLabels_ChangesAllOfThem()
    {
        var catalog = Catalog();

        var store = catalog.UpdateStore("orders-config", new Uri("https://orders-eu.azconfig.io"), ConfigStoreAuthentication.ConnectionString,
            [new ConfigStoreBinding("staging", "stg"), new ConfigStoreBinding("production", null)]);

        Assert.Equal(("https://orders-eu.azconfig.io/", ConfigStoreAuthentication.ConnectionString), (store.Endpoint!.ToString(), store.Authentication));
        Assert.Equal([("staging", "stg"), ("production", null)], store.Bindings.Select(b => (b.Environment, b.Label)));
    }

    [Fact]
    public void UpdateStore_TwoEnvironmentsOnOneLabel_IsRefusedAndNothingChanges()
    {
        var catalog = Catalog();

        var refused = Assert.Throws<DomainException>(() => catalog.UpdateStore("orders-config", new Uri("https://orders-eu.azconfig.io"), null,
            [new ConfigStoreBinding("staging", "shared"), new ConfigStoreBinding("production", "shared")]));

        var store = catalog.FindStore("orders-config")!;
        Assert.Contains("environments sharing a store need distinct labels", refused.Message);
        Assert.Equal("https://orders-config.azconfig.io/", store.Endpoint!.ToString());
        Assert.Equal([("staging", "staging"), ("production", "production")], store.Bindings.Select(b => (b.Environment, b.Label)));
    }

    [Fact]
    public void UpdateStore_UnknownEnvironment_IsRefused()
    {
        var refused = Assert.Throws<DomainException>(() => Catalog().UpdateStore("orders-config", new Uri("https://orders-config.azconfig.io"), null,
            [new ConfigStoreBinding("qa", "qa")]));

        Assert.StartsWith("Unknown environment 'qa' used by store 'orders-config'", refused.Message);
    }

    [Fact]
    public void RemoveStore_WhileAServiceReadsIt_IsRefusedNamingTheService()
    {
        var catalog = Catalog();
        catalog.SetConfigStore("billing-api", "orders-config");

        var refused = Assert.Throws<DomainException>(() => catalog.RemoveStore("orders-config"));

        Assert.Equal("Store 'orders-config' cannot be removed while billing-api reads it; point that service at another store first.", refused.Message);
        Assert.NotNull(catalog.FindStore("orders-config"));
    }

    [Fact]
    public void RemoveStore_NobodyReadsIt_IsGone()
    {
        var catalog = Catalog();

        catalog.RemoveStore("orders-config");

        Assert.Empty(catalog.Stores);
    }

    [Fact]
    public void SetConfigStore_UnknownStore_IsRefusedListingTheKnownOnes()
    {
        var refused = Assert.Throws<DomainException>(() => Catalog().SetConfigStore("billing-api", "nope"));

        Assert.Equal("Unknown config store 'nope'; known stores: orders-config.", refused.Message);
    }

    [Fact]
    public void Restore_ServiceReadingAStoreThatIsGone_IsRefused()
    {
        var catalog = Catalog();
        catalog.SetConfigStore("billing-api", "orders-config");

        Assert.Throws<DomainException>(() => ServiceCatalog.Restore(catalog.Environments, catalog.Services, [], [], []));
    }
}
