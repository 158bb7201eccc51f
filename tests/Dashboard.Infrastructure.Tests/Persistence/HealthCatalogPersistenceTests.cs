using Dashboard.Domain.Catalog;
using Dashboard.Domain.Health;
using Dashboard.Infrastructure.Persistence;

namespace Dashboard.Infrastructure.Tests.Persistence;

public sealed class HealthCatalogPersistenceTests
{
    [Fact]
    public async Task SaveAndLoad_ThresholdOverridesAndInstances_RoundTrip()
    {
        using var database = await SqliteTestDatabase.MigratedAsync();
        var catalog = new ServiceCatalog();
        catalog.AddEnvironment(new DeploymentEnvironment("production", 1, true));
        var billing = new Service("billing-api", "payments", ServiceKind.Api, Lifecycle.Production);
        billing.SetHealthThresholds(new HealthThresholdOverrides(ServerErrorDegraded: 0.005, LatencyUnhealthyMs: 3000));
        billing.AddEndpoint(new ServiceEndpoint("production", new Uri("http://127.0.0.1:7100"), "/health/live", "/health/ready",
            [new Uri("http://127.0.0.1:7101"), new Uri("http://127.0.0.1:7102")]));
        catalog.AddService(billing);
        catalog.AddService(new Service("frontend", "web", ServiceKind.Frontend, Lifecycle.Production));
        await using (var db = await database.Factory.CreateDbContextAsync())
        {
            CatalogRepository.AddTo(db, catalog);
            await db.SaveChangesAsync();
        }

        var loaded = await new CatalogRepository(database.Factory).LoadAsync(CancellationToken.None);

        var service = loaded.FindService("billing-api")!;
        Assert.Equal(new HealthThresholdOverrides(ServerErrorDegraded: 0.005, LatencyUnhealthyMs: 3000), service.HealthThresholdOverrides);
        Assert.Equal(0.005, service.HealthThresholds.ServerErrorDegraded);
        Assert.Equal(["http://127.0.0.1:7101/", "http://127.0.0.1:7102/"], service.EndpointIn("production")!.InstanceUrls);
        Assert.Null(loaded.FindService("frontend")!.HealthThresholdOverrides);
    }
}
