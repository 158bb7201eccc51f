using Dashboard.Domain.Catalog;

namespace Dashboard.Domain.Tests.Catalog;

public class ServiceCatalogTests
{
    [Fact]
    public void AddDependency_UnknownTargetService_IsRefusedAndNamesIt()
    {
        var catalog = CatalogBuilder.WithServices("frontend");

        var error = Assert.Throws<DomainException>(() =>
            catalog.AddDependency("frontend", DependencyTargetKind.Service, "billing-api", CatalogBuilder.Immediate(3)));

        Assert.Contains("unknown service 'billing-api'", error.Message);
        Assert.Empty(catalog.Dependencies);
    }

    [Fact]
    public void AddDependency_UnknownCaller_IsRefused()
    {
        var catalog = CatalogBuilder.WithServices("billing-api");

        var error = Assert.Throws<DomainException>(() =>
            catalog.AddDependency("ghost", DependencyTargetKind.Service, "billing-api", CatalogBuilder.Immediate(1)));

        Assert.Contains("Unknown service 'ghost'", error.Message);
    }

    [Fact]
    public void AddDependency_ServiceNameUsedAsResource_IsRefused()
    {
        var catalog = CatalogBuilder.WithServices("frontend", "billing-api");

        Assert.Throws<DomainException>(() =>
            catalog.AddDependency("frontend", DependencyTargetKind.Resource, "billing-api", CatalogBuilder.Immediate(1)));
    }

    [Fact]
    public void AddDependency_OnItself_IsRefused()
    {
        var catalog = CatalogBuilder.WithServices("billing-api");

        Assert.Throws<DomainException>(() =>
            catalog.AddDependency("billing-api", DependencyTargetKind.Service, "billing-api", CatalogBuilder.Immediate(1)));
    }

    [Fact]
    public void AddDependency_Twice_IsRefused()
    {
        var catalog = CatalogBuilder.WithServices("frontend", "billing-api");
        catalog.AddDependency("frontend", DependencyTargetKind.Service, "billing-api", CatalogBuilder.Immediate(3));

        Assert.Throws<DomainException>(() =>
            catalog.AddDependency("frontend", DependencyTargetKind.Service, "BILLING-API", CatalogBuilder.Backoff(3)));
        Assert.Single(catalog.Dependencies);
    }

    [Fact]
    public void DependentsOf_ReturnsCallersOfAService()
    {
        var catalog = CatalogBuilder.WithServices("frontend", "order-processing", "billing-api");
        catalog.AddResource(new Resource("billing-sql", ResourceKind.Database, "payments"));
        catalog.AddDependency("frontend", DependencyTargetKind.Service, "billing-api", CatalogBuilder.Immediate(3));
        catalog.AddDependency("order-processing", DependencyTargetKind.Service, "billing-api", CatalogBuilder.Backoff(5));
        catalog.AddDependency("billing-api", DependencyTargetKind.Resource, "billing-sql", CatalogBuilder.Backoff(2));

        var callers = catalog.DependentsOf("billing-api").Select(d => d.Caller).Order().ToList();

        Assert.Equal(["frontend", "order-processing"], callers);
        Assert.Equal("resource:billing-sql", catalog.DependenciesOf("billing-api").Single().TargetReference);
    }

    [Fact]
    public void AddResource_NameTakenByService_IsRefused()
    {
        var catalog = CatalogBuilder.WithServices("billing");

        Assert.Throws<DomainException>(() => catalog.AddResource(new Resource("billing", ResourceKind.Database, "payments")));
    }

    [Fact]
    public void AddEndpoint_UnknownEnvironment_IsRefusedAndListsKnownOnes()
    {
        var catalog = CatalogBuilder.WithServices("billing-api");

        var error = Assert.Throws<DomainException>(() => catalog.AddEndpoint("billing-api",
            new ServiceEndpoint("qa", new Uri("https://billing-api.qa.internal"), "/health/live", "/health/ready")));

        Assert.Contains("Unknown environment 'qa'", error.Message);
        Assert.Contains("production, staging", error.Message);
    }

    [Fact]
    public void AddStore_TwoEnvironmentsOnOneLabel_IsRefused()
    {
        var catalog = CatalogBuilder.WithServices();
        var store = new ConfigStore("shared", ConfigStoreKind.Local, endpoint: null);

        var error = Assert.Throws<DomainException>(() => catalog.AddStore(store,
            new ConfigStoreBinding("staging", "main"), new ConfigStoreBinding("production", "main")));

        Assert.Contains("distinct labels", error.Message);
    }

    [Fact]
    public void AddStore_LabelPerEnvironment_IsSharedAcrossEnvironments()
    {
        var catalog = CatalogBuilder.WithServices();

        var store = catalog.AddStore(new ConfigStore("shared", ConfigStoreKind.Local, endpoint: null),
            new ConfigStoreBinding("staging", "staging"), new ConfigStoreBinding("production", "production"));

        Assert.True(store.IsSharedAcrossEnvironments);
        Assert.Equal("production", store.BindingFor("production")?.Label);
    }

    [Fact]
    public void Restore_DependencyOnMissingService_IsRefused()
    {
        var source = CatalogBuilder.WithServices("frontend", "billing-api");
        source.AddDependency("frontend", DependencyTargetKind.Service, "billing-api", CatalogBuilder.Immediate(3));

        Assert.Throws<DomainException>(() => ServiceCatalog.Restore(
            source.Environments, source.Services.Where(s => s.Name != "billing-api"), [], source.Dependencies, []));
    }
}
