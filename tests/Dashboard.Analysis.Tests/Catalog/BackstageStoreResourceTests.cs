using Dashboard.Analysis.Catalog;
using Dashboard.Domain.Catalog;

namespace Dashboard.Analysis.Tests.Catalog;

public sealed class BackstageStoreResourceTests
{
    private const string Store = """
        kind: Resource
        metadata:
          name: orders-config
          annotations:
            dashboard/appconfig-endpoint: https://orders-config.azconfig.io
            dashboard/appconfig-auth: connection-string
            dashboard/appconfig-label.staging: staging
            dashboard/appconfig-label.production: ""
        spec:
          type: azure-app-configuration
          owner: group:fulfilment
        ---
        kind: Component
        metadata:
          name: order-processing
          annotations:
            dashboard/config-store: resource:default/orders-config
        spec:
          type: service
          owner: group:fulfilment
        """;

    [Fact]
    public void Read_AppConfigurationResource_IsAStoreWithEndpointSignInAndLabels()
    {
        var import = BackstageCatalogReader.Read([("catalog-info.yaml", Store)]);

        Assert.Empty(import.Diagnostics);
        var store = Assert.Single(import.Catalog.Stores);
        Assert.Equal(("orders-config", ConfigStoreKind.AzureAppConfiguration, "https://orders-config.azconfig.io/", ConfigStoreAuthentication.ConnectionString),
            (store.Name, store.Kind, store.Endpoint!.ToString(), store.Authentication));
        Assert.Equal([("production", null), ("staging", "staging")], store.Bindings.Select(b => (b.Environment, b.Label)).OrderBy(b => b.Environment));
        Assert.Empty(import.Catalog.Resources);
        Assert.Equal("orders-config", import.Catalog.FindService("order-processing")!.ConfigStore);
    }

    [Fact]
    public void Read_StoreOnPlainHttp_IsSkippedWithTheReasonAndLine()
    {
        var import = BackstageCatalogReader.Read([("catalog-info.yaml", Store.Replace("https://orders-config", "http://orders-config"))]);

        Assert.Empty(import.Catalog.Stores);
        Assert.Contains(import.Diagnostics, d => d.Line == 1 && d.Message.Contains("http is allowed only on the loopback"));
        Assert.Contains(import.Diagnostics, d => d.Message.StartsWith("Component 'order-processing': Unknown config store 'orders-config'", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_StoreWithoutEndpoint_IsSkippedSayingWhatToAdd()
    {
        var import = BackstageCatalogReader.Read([("catalog-info.yaml", Store.Replace("dashboard/appconfig-endpoint", "dashboard/other"))]);

        Assert.Contains(import.Diagnostics, d => d.Message.Contains("Store 'orders-config' needs its endpoint"));
    }
}
