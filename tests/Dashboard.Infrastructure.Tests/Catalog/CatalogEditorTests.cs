using Dashboard.Domain;
using Dashboard.Domain.Catalog;
using Dashboard.Infrastructure.Catalog;
using Dashboard.Infrastructure.DemoWorld;
using Dashboard.Infrastructure.Persistence;
using Dashboard.Infrastructure.Tests.Persistence;

namespace Dashboard.Infrastructure.Tests.Catalog;

public sealed class CatalogEditorTests : IAsyncLifetime
{
    private SqliteTestDatabase _database = null!;
    private CatalogEditor _editor = null!;

    public async Task InitializeAsync()
    {
        _database = await SqliteTestDatabase.MigratedAsync();
        await using var db = _database.Factory.CreateDbContext();
        CatalogRepository.AddTo(db, DemoCatalog.Build());
        await db.SaveChangesAsync();
        _editor = new CatalogEditor(_database.Factory);
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
        await _editor.UpdateServiceAsync(BillingChanges(keys: ["Billing:*", "tax.rate.default"]), CancellationToken.None);

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
            _editor.UpdateServiceAsync(BillingChanges(keys: ["Bil*ling"]), CancellationToken.None));

        Assert.Contains("Bil*ling", error.Message);
        var billing = (await StoredAsync()).FindService("billing-api")!;
        Assert.Equal("payments", billing.OwnerTeam);
        Assert.Equal("billing-api", billing.SourcePath);
    }

    [Fact]
    public async Task ChangeRetryPolicyAsync_FrontendToBilling_IsStored()
    {
        var policy = new RetryPolicy(3, BackoffKind.Exponential, TimeSpan.FromSeconds(5), circuitBreaker: true);

        await _editor.ChangeRetryPolicyAsync("frontend", DependencyTargetKind.Service, "billing-api", policy, CancellationToken.None);

        Assert.Equal(policy, (await StoredAsync()).DependenciesOf("frontend").Single().Retry);
    }

    [Fact]
    public async Task RemoveServiceAsync_CalledByOthers_IsRefusedAndKept()
    {
        var error = await Assert.ThrowsAsync<DomainException>(() => _editor.RemoveServiceAsync("billing-api", CancellationToken.None));

        Assert.Contains("frontend, invoice-renderer, order-processing", error.Message);
        Assert.NotNull((await StoredAsync()).FindService("billing-api"));
    }

    [Fact]
    public async Task RemoveServiceAsync_NotCalledByOthers_DeletesItWithItsEndpointsAndCalls()
    {
        await _editor.RemoveServiceAsync("frontend", CancellationToken.None);

        var stored = await StoredAsync();
        Assert.Null(stored.FindService("frontend"));
        Assert.Empty(stored.DependenciesOf("frontend"));
        await using var db = _database.Factory.CreateDbContext();
        Assert.Equal(3 * 2, db.Services.SelectMany(s => s.Endpoints).Count());
    }

    [Fact]
    public async Task RemoveDependencyAsync_Existing_IsDeleted()
    {
        await _editor.RemoveDependencyAsync("billing-api", DependencyTargetKind.Resource, "payment-gateway", CancellationToken.None);

        Assert.Equal(["resource:billing-sql"], (await StoredAsync()).DependenciesOf("billing-api").Select(d => d.TargetReference));
    }
}
