using Dashboard.Domain.Catalog;

namespace Dashboard.Domain.Tests.Catalog;

public class CatalogMergeTests
{
    private static readonly CatalogEntrySource At = new("catalog-info.yaml", 7);

    private static CatalogImport ImportOf(ServiceCatalog catalog, params ImportedDependency[] onKnown) =>
        new(catalog,
            catalog.Services.Select(s => s.Name).Concat(catalog.Resources.Select(r => r.Name)).ToDictionary(n => n, _ => At),
            new Dictionary<string, string>(), [])
        { DependenciesOnKnownEntries = onKnown };

    [Fact]
    public void Apply_NewService_IsAddedWithItsDependencyOnAStoredService()
    {
        var stored = CatalogBuilder.WithServices("billing-api");
        var imported = CatalogBuilder.WithServices("orders");

        var report = CatalogMerge.Apply(stored, ImportOf(imported,
            new ImportedDependency("orders", DependencyTargetKind.Service, "billing-api", CatalogBuilder.Backoff(2), "")));

        Assert.Equal(["component:orders", "orders → component:billing-api"], report.Added.Select(a => a.Entry));
        Assert.NotNull(stored.FindService("orders"));
        Assert.Single(stored.DependentsOf("billing-api"));
    }

    [Fact]
    public void Apply_ExistingService_TakesImportedFieldsAndListsEachChange()
    {
        var stored = CatalogBuilder.WithServices("billing-api");
        stored.FindService("billing-api")!.SetSourcePath("old/billing");
        var imported = CatalogBuilder.WithServices("billing-api");
        var service = imported.FindService("billing-api")!;
        service.Update("billing-team", ServiceKind.Api, Lifecycle.Deprecated, "Charges.");
        service.SetSourcePath("services/billing-api");
        service.SetDeclaredConfigKeys(["Billing:*"]);
        service.AddEndpoint(new ServiceEndpoint("production", new Uri("https://billing.contoso.com"), "/health/live", "/health/ready"));

        var report = CatalogMerge.Apply(stored, ImportOf(imported));

        var updated = Assert.Single(report.Updated);
        Assert.Equal("component:billing-api", updated.Entry);
        Assert.Contains("owner team: team-a → billing-team", updated.Changes);
        Assert.Contains("source path: old/billing → services/billing-api", updated.Changes);
        var billing = stored.FindService("billing-api")!;
        Assert.Equal(Lifecycle.Deprecated, billing.Lifecycle);
        Assert.Equal(["Billing:*"], billing.DeclaredConfigKeys);
        Assert.Equal(new Uri("https://billing.contoso.com"), billing.EndpointIn("production")!.BaseUrl);
    }

    [Fact]
    public void Apply_ImportLeavingOutSourcePathKeysAndEndpoints_KeepsTheStoredOnes()
    {
        var stored = CatalogBuilder.WithServices("billing-api");
        var billing = stored.FindService("billing-api")!;
        billing.SetSourcePath("services/billing-api");
        billing.SetDeclaredConfigKeys(["Billing:*"]);
        stored.AddEndpoint("billing-api", new ServiceEndpoint("staging", new Uri("https://s.contoso.com"), "/live", "/ready"));

        var report = CatalogMerge.Apply(stored, ImportOf(CatalogBuilder.WithServices("billing-api")));

        Assert.Equal(["component:billing-api"], report.Unchanged);
        Assert.Equal("services/billing-api", billing.SourcePath);
        Assert.Equal(["Billing:*"], billing.DeclaredConfigKeys);
        Assert.Single(billing.Endpoints);
    }

    [Fact]
    public void Apply_StoredEntriesMissingFromTheImport_AreReportedNotDeleted()
    {
        var stored = CatalogBuilder.WithServices("frontend", "billing-api", "legacy");
        stored.AddResource(new Resource("billing-sql", ResourceKind.Database, "payments"));
        stored.AddDependency("frontend", DependencyTargetKind.Service, "billing-api", CatalogBuilder.Immediate(3));

        var report = CatalogMerge.Apply(stored, ImportOf(CatalogBuilder.WithServices("frontend", "billing-api")));

        Assert.Equal(["component:legacy", "resource:billing-sql", "frontend → component:billing-api"], report.NotInImport);
        Assert.Equal(3, stored.Services.Count);
        Assert.Single(stored.Resources);
        Assert.Single(stored.Dependencies);
    }

    [Fact]
    public void Apply_ResourceWithNewReconnectTime_UpdatesItAndListsTheChange()
    {
        var stored = CatalogBuilder.WithServices();
        stored.AddResource(new Resource("billing-sql", ResourceKind.Database, "payments"));
        var imported = CatalogBuilder.WithServices();
        imported.AddResource(new Resource("billing-sql", ResourceKind.Database, "payments")).SetReconnectTime(new ReconnectTime(8, 12));

        var report = CatalogMerge.Apply(stored, ImportOf(imported));

        Assert.Equal(["reconnect time: (none) → 8–12 s"], Assert.Single(report.Updated).Changes);
        Assert.Equal(new ReconnectTime(8, 12), stored.FindResource("billing-sql")!.Reconnect);
    }

    [Fact]
    public void Apply_ChangedRetryPolicy_UpdatesTheDependency()
    {
        var stored = CatalogBuilder.WithServices("frontend", "billing-api");
        stored.AddDependency("frontend", DependencyTargetKind.Service, "billing-api", CatalogBuilder.Immediate(3));
        var imported = CatalogBuilder.WithServices("frontend", "billing-api");
        imported.AddDependency("frontend", DependencyTargetKind.Service, "billing-api", CatalogBuilder.Backoff(3));

        var report = CatalogMerge.Apply(stored, ImportOf(imported));

        var updated = Assert.Single(report.Updated);
        Assert.Equal("frontend → component:billing-api", updated.Entry);
        Assert.StartsWith("retry policy: 3 immediate retries", updated.Changes.Single());
        Assert.False(stored.Dependencies.Single().Retry.RetriesWithoutBackoff);
    }

    [Fact]
    public void Apply_ServiceNamedLikeAStoredResource_IsSkippedWithFileAndLine()
    {
        var stored = CatalogBuilder.WithServices();
        stored.AddResource(new Resource("billing-sql", ResourceKind.Database, "payments"));

        var report = CatalogMerge.Apply(stored, ImportOf(CatalogBuilder.WithServices("billing-sql")));

        var skipped = Assert.Single(report.Skipped);
        Assert.Equal(("catalog-info.yaml", (int?)7), (skipped.File, skipped.Line));
        Assert.Contains("names are unique across services and resources", skipped.Message);
        Assert.Empty(stored.Services);
        Assert.False(report.ChangedAnything);
    }

    [Fact]
    public void Apply_ReaderDiagnostics_AreCarriedIntoSkipped()
    {
        var diagnostic = new CatalogDiagnostic("request", 3, "Component 'x': spec.owner is required");
        var import = ImportOf(CatalogBuilder.WithServices()) with { Diagnostics = [diagnostic] };

        var report = CatalogMerge.Apply(CatalogBuilder.WithServices(), import);

        Assert.Equal([diagnostic], report.Skipped);
    }
}
