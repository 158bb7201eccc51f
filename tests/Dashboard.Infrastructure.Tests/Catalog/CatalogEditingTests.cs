using Dashboard.Domain;
using Dashboard.Domain.Catalog;
using Dashboard.Application.Catalog;
using Dashboard.Application.Errors;
using Dashboard.Infrastructure.Persistence.Repositories;
using Dashboard.Infrastructure.DemoWorld;
using Dashboard.Infrastructure.Persistence;
using Dashboard.Infrastructure.Tests.Persistence;

namespace Dashboard.Infrastructure.Tests.Catalog;

public sealed class CatalogEditingTests : IAsyncLifetime
{
    private SqliteTestDatabase _database = null!;
    private const string Admin = "admin";
    private CatalogEditing _editor = null!;

    public async Task InitializeAsync()
    {
        _database = await SqliteTestDatabase.MigratedAsync();
        await using var db = _database.Factory.CreateDbContext();
        CatalogRepository.AddTo(db, DemoCatalog.Build());
        await db.SaveChangesAsync();
        _editor = new CatalogEditing(TestWorkflows.Units(_database.Factory), TimeProvider.System);
    }

    public Task DisposeAsync()
    {
        _database.Dispose();
        return Task.CompletedTask;
    }

    private Task<ServiceCatalog> StoredAsync() => new CatalogRepository(_database.Factory).LoadAsync(CancellationToken.None);

    private static ServiceChanges BillingChanges(string owner = "billing-team", string? sourcePath = "services/billing-api", params string[] keys) =>
        new("billing-api", owner, ServiceKind.Api, Lifecycle.Production, "Charges customers.", sourcePath, keys);

    [Fact]
    public async Task UpdateServiceAsync_ValidChanges_AreStored()
    {
        await _editor.UpdateServiceAsync(BillingChanges(keys: ["Billing:*", "tax.rate.default"]), Admin, CancellationToken.None);

        var billing = (await StoredAsync()).FindService("billing-api")!;
        Assert.Equal("billing-team", billing.OwnerTeam);
        Assert.Equal("services/billing-api", billing.SourcePath);
        Assert.Equal(["Billing:*", "tax.rate.default"], billing.DeclaredConfigKeys);
        Assert.Equal(2, billing.Endpoints.Count);
    }

    [Fact]
    public async Task UpdateServiceAsync_InvalidKeyAfterValidOwner_StoresNothing()
    {
        var error = await Assert.ThrowsAsync<DomainException>(() =>
            _editor.UpdateServiceAsync(BillingChanges(keys: ["Bil*ling"]), Admin, CancellationToken.None));

        Assert.Contains("Bil*ling", error.Message);
        var billing = (await StoredAsync()).FindService("billing-api")!;
        Assert.Equal("payments", billing.OwnerTeam);
        Assert.Equal("billing-api", billing.SourcePath);
    }

    [Fact]
    public async Task ChangeRetryPolicyAsync_FrontendToBilling_IsStored()
    {
        var policy = new RetryPolicy(3, BackoffKind.Exponential, TimeSpan.FromSeconds(5), circuitBreaker: true);

        await _editor.ChangeRetryPolicyAsync(new RetryPolicyChange("frontend", DependencyTargetKind.Service, "billing-api", policy), Admin, CancellationToken.None);

        Assert.Equal(policy, (await StoredAsync()).DependenciesOf("frontend").Single().Retry);
    }

    [Fact]
    public async Task RemoveServiceAsync_CalledByOthers_IsRefusedAndKept()
    {
        var error = await Assert.ThrowsAsync<DomainException>(() => _editor.RemoveServiceAsync("billing-api", Admin, CancellationToken.None));

        Assert.Contains("frontend, invoice-renderer, order-processing", error.Message);
        Assert.NotNull((await StoredAsync()).FindService("billing-api"));
    }

    [Fact]
    public async Task RemoveServiceAsync_NotCalledByOthers_DeletesItWithItsEndpointsAndCalls()
    {
        await _editor.RemoveServiceAsync("frontend", Admin, CancellationToken.None);

        var stored = await StoredAsync();
        Assert.Null(stored.FindService("frontend"));
        Assert.Empty(stored.DependenciesOf("frontend"));
        await using var db = _database.Factory.CreateDbContext();
        Assert.Equal(3 * 2, db.Services.SelectMany(s => s.Endpoints).Count());
    }

    [Fact]
    public async Task RemoveDependencyAsync_Existing_IsDeleted()
    {
        await _editor.RemoveDependencyAsync("billing-api", DependencyTargetKind.Resource, "payment-gateway", Admin, CancellationToken.None);

        Assert.Equal(["resource:billing-sql"], (await StoredAsync()).DependenciesOf("billing-api").Select(d => d.TargetReference));
    }

    [Fact]
    public async Task UpdateServiceAsync_Saved_WritesOneAuditEntryWithBeforeAndAfter()
    {
        await _editor.UpdateServiceAsync(BillingChanges(owner: "billing-team", keys: ["Billing:*"]), Admin, CancellationToken.None);

        await using var db = _database.Factory.CreateDbContext();
        var entry = Assert.Single(db.AuditEntries.ToList());
        Assert.Equal(("admin", "catalog.service-updated", "catalog/service/billing-api"), (entry.Actor, entry.Action, entry.Subject));
        Assert.Contains("owner payments", entry.BeforeJson);
        Assert.Contains("owner billing-team", entry.AfterJson);
    }

    [Fact]
    public async Task UpdateServiceAsync_FromAnOlderVersion_IsRefusedWithTheCurrentValuesAndNothingSaved()
    {
        var versions = new CatalogVersionQueries(_database.Factory);
        var opened = (await versions.LoadAsync(CancellationToken.None)).Services["billing-api"];
        await _editor.UpdateServiceAsync(BillingChanges(owner: "billing-team") with { ExpectedVersion = opened }, Admin, CancellationToken.None);

        var error = await Assert.ThrowsAsync<ConflictException>(() =>
            _editor.UpdateServiceAsync(BillingChanges(owner: "someone-else") with { ExpectedVersion = opened }, "other-admin", CancellationToken.None));

        Assert.Contains("changed by someone else since you opened it", error.Message);
        Assert.Contains("owner billing-team", error.Message);
        Assert.Equal("billing-team", (await StoredAsync()).FindService("billing-api")!.OwnerTeam);
        Assert.True((await versions.LoadAsync(CancellationToken.None)).Services["billing-api"] > opened);
    }

    [Fact]
    public async Task ChangeRetryPolicyAsync_FromAnOlderVersion_IsRefusedAndThePolicyKept()
    {
        var versions = new CatalogVersionQueries(_database.Factory);
        var frontend = (await StoredAsync()).DependenciesOf("frontend").Single();
        var opened = (await versions.LoadAsync(CancellationToken.None)).Of(frontend);
        var first = new RetryPolicy(3, BackoffKind.Exponential, TimeSpan.FromSeconds(5), circuitBreaker: true);
        var second = new RetryPolicy(5, BackoffKind.None, TimeSpan.FromSeconds(5), circuitBreaker: false);
        await _editor.ChangeRetryPolicyAsync(new RetryPolicyChange("frontend", DependencyTargetKind.Service, "billing-api", first, opened), Admin, CancellationToken.None);

        await Assert.ThrowsAsync<ConflictException>(() =>
            _editor.ChangeRetryPolicyAsync(new RetryPolicyChange("frontend", DependencyTargetKind.Service, "billing-api", second, opened), Admin, CancellationToken.None));

        Assert.Equal(first, (await StoredAsync()).DependenciesOf("frontend").Single().Retry);
    }
}
