using Dashboard.Domain.Catalog;

namespace Dashboard.Infrastructure.DemoWorld;

/// <summary>
/// The world of the billing outage: a shared config store, a billing API that reloads on refresh and
/// checks its database on the same endpoint the load balancer polls, and a frontend retrying without backoff.
/// </summary>
public static class DemoCatalog
{
    public const string SharedStore = "contoso-shared-config";

    public static ServiceCatalog Build()
    {
        var catalog = new ServiceCatalog();
        catalog.AddEnvironment(new DeploymentEnvironment("staging", rank: 0, isProduction: false));
        catalog.AddEnvironment(new DeploymentEnvironment("production", rank: 1, isProduction: true));

        AddService(catalog, "frontend", "web-experience", ServiceKind.Frontend,
            "Customer web app: checkout, account pages and invoice downloads.");
        AddService(catalog, "billing-api", "payments", ServiceKind.Api,
            "Charges customers, writes the billing ledger and calls the payment gateway. Reloads its options when configuration refreshes.",
            livenessPath: "/health", readinessPath: "/health");
        AddService(catalog, "invoice-renderer", "documents", ServiceKind.Worker,
            "Renders invoice PDFs with tax lines and branding; shares the config store with billing-api.");
        AddService(catalog, "order-processing", "fulfilment", ServiceKind.Worker,
            "Turns paid orders into shipments; confirms payment with billing-api.");

        catalog.AddResource(new Resource("billing-sql", ResourceKind.Database, "payments",
            "Azure SQL database holding the billing ledger; connects with managed identity (8–12 s to reconnect)."))
            .SetReconnectTime(new ReconnectTime(8, 12));
        catalog.AddResource(new Resource("payment-gateway", ResourceKind.ExternalGateway, "payments",
            "Card processor; rate-limits accounts that show unusual retry patterns."));

        catalog.AddDependency("frontend", DependencyTargetKind.Service, "billing-api",
            new RetryPolicy(3, BackoffKind.None, TimeSpan.FromSeconds(10), circuitBreaker: false),
            "Retries checkout and invoice calls three times, immediately.");
        catalog.AddDependency("order-processing", DependencyTargetKind.Service, "billing-api",
            new RetryPolicy(5, BackoffKind.Exponential, TimeSpan.FromSeconds(10), circuitBreaker: true),
            "Standard resilience handler: exponential backoff with jitter and a circuit breaker.");
        catalog.AddDependency("invoice-renderer", DependencyTargetKind.Service, "billing-api",
            new RetryPolicy(2, BackoffKind.Exponential, TimeSpan.FromSeconds(15), circuitBreaker: true),
            "Fetches invoice lines to render.");
        catalog.AddDependency("billing-api", DependencyTargetKind.Resource, "billing-sql",
            new RetryPolicy(2, BackoffKind.Exponential, TimeSpan.FromSeconds(30), circuitBreaker: false),
            "SqlClient connection with managed identity; the connection is rebuilt when options reload.");
        catalog.AddDependency("billing-api", DependencyTargetKind.Resource, "payment-gateway",
            new RetryPolicy(2, BackoffKind.Exponential, TimeSpan.FromSeconds(20), circuitBreaker: true),
            "Captures, voids and refunds with idempotency keys.");

        catalog.AddStore(new ConfigStore(SharedStore, ConfigStoreKind.Local, endpoint: null),
            new ConfigStoreBinding("staging", "staging"),
            new ConfigStoreBinding("production", "production"));
        return catalog;
    }

    private static void AddService(ServiceCatalog catalog, string name, string team, ServiceKind kind, string description,
        string livenessPath = "/health/live", string readinessPath = "/health/ready")
    {
        var service = catalog.AddService(new Service(name, team, kind, Lifecycle.Production, description));
        // The demo services' code lies in DemoWorld/Sources/<name>, the default scanned source root (the sample fleet's Services).
        service.SetSourcePath(name);
        // The sample fleet's load balancers on loopback: without the fleet running they simply do not answer.
        foreach (var environment in catalog.Environments)
            service.AddEndpoint(new ServiceEndpoint(environment.Name, DemoFleet.LoadBalancer(name, environment.Name), livenessPath, readinessPath));
    }
}
