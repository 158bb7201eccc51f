using Dashboard.Domain.Catalog;

namespace Dashboard.Web.Tests;

/// <summary>Answers with a given catalog, or fails as a broken database would.</summary>
public sealed class FakeCatalogSource : ICatalogSource
{
    public Func<ServiceCatalog> Next { get; set; } = () => new ServiceCatalog();
    public int Calls { get; private set; }

    public Task<ServiceCatalog> LoadAsync(CancellationToken cancellationToken)
    {
        Calls++;
        return Task.FromResult(Next());
    }

    public static ServiceCatalog TwoServices()
    {
        var catalog = new ServiceCatalog();
        catalog.AddEnvironment(new DeploymentEnvironment("staging", 0, isProduction: false));
        catalog.AddEnvironment(new DeploymentEnvironment("production", 1, isProduction: true));
        var billing = catalog.AddService(new Service("billing-api", "payments", ServiceKind.Api, Lifecycle.Production, "Charges customers."));
        billing.AddEndpoint(new ServiceEndpoint("production", new Uri("https://billing.prod.internal"), "/health", "/health"));
        var web = catalog.AddService(new Service("web-shop", "web-experience", ServiceKind.Frontend, Lifecycle.Experimental));
        web.AddEndpoint(new ServiceEndpoint("production", new Uri("https://shop.prod.internal"), "/health/live", "/health/ready"));
        catalog.AddDependency("web-shop", DependencyTargetKind.Service, "billing-api",
            new RetryPolicy(3, BackoffKind.None, TimeSpan.FromSeconds(10), circuitBreaker: false));
        catalog.AddStore(new ConfigStore("shop-config", ConfigStoreKind.Local, endpoint: null),
            new ConfigStoreBinding("staging", "staging"), new ConfigStoreBinding("production", "production"));
        return catalog;
    }
}
