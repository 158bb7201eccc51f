using Dashboard.Domain.Catalog;

namespace Dashboard.Domain.Tests.Catalog;

/// <summary>Small worlds for tests: two environments and the services named.</summary>
internal static class CatalogBuilder
{
    public static ServiceCatalog WithServices(params string[] names)
    {
        var catalog = new ServiceCatalog();
        catalog.AddEnvironment(new DeploymentEnvironment("staging", 0, isProduction: false));
        catalog.AddEnvironment(new DeploymentEnvironment("production", 1, isProduction: true));
        foreach (var name in names)
            catalog.AddService(new Service(name, "team-a", ServiceKind.Api, Lifecycle.Production));
        return catalog;
    }

    public static RetryPolicy Immediate(int attempts) => new(attempts, BackoffKind.None, TimeSpan.FromSeconds(10), circuitBreaker: false);

    public static RetryPolicy Backoff(int attempts) => new(attempts, BackoffKind.Exponential, TimeSpan.FromSeconds(10), circuitBreaker: true);
}
