using Dashboard.Application.Catalog;
using Dashboard.Application.Errors;
using Dashboard.Domain;
using Dashboard.Domain.Catalog;
using Dashboard.Infrastructure.DemoWorld;
using Dashboard.Infrastructure.Persistence;
using Dashboard.Infrastructure.Tests.Persistence;

namespace Dashboard.Infrastructure.Tests.Catalog;

/// <summary>Stores added, edited and removed through the catalog workflow, saved and read back from the database.</summary>
public sealed class StoreEditingTests : IAsyncLifetime
{
    private SqliteTestDatabase _database = null!;
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

    private static StoreDefinition Orders(string endpoint = "https://orders-config.azconfig.io", string? staging = "staging", string? production = "production",
        ConfigStoreAuthentication? authentication = ConfigStoreAuthentication.ConnectionString) =>
        new("orders-config", endpoint, authentication, new Dictionary<string, string?> { ["staging"] = staging, ["production"] = production });

    [Fact]
    public async Task AddStoreAsync_AzureStore_IsStoredWithEndpointSignInAndLabels()
    {
        await _editor.AddStoreAsync(Orders(), "admin", CancellationToken.None);

        var store = (await StoredAsync()).FindStore("orders-config")!;
        Assert.Equal((ConfigStoreKind.AzureAppConfiguration, "https://orders-config.azconfig.io/", ConfigStoreAuthentication.ConnectionString),
            (store.Kind, store.Endpoint!.ToString(), store.Authentication));
        Assert.Equal([("production", "production"), ("staging", "staging")], store.Bindings.Select(b => (b.Environment, b.Label)).OrderBy(b => b.Environment));
    }

    [Fact]
    public async Task AddStoreAsync_EntraIdStore_KeepsEntraIdAndTheDemoLocalStoreKeepsNone()
    {
        await _editor.AddStoreAsync(Orders(authentication: null), "admin", CancellationToken.None);

        var catalog = await StoredAsync();
        Assert.Equal(ConfigStoreAuthentication.EntraId, catalog.FindStore("orders-config")!.Authentication);
        Assert.Equal(ConfigStoreAuthentication.None, catalog.FindStore(DemoCatalog.SharedStore)!.Authentication);
    }

    [Theory]
    [InlineData("http://orders-config.azconfig.io", "endpoint", "http is allowed only on the loopback")]
    [InlineData("not a url", "endpoint", "is not an absolute URL")]
    public async Task AddStoreAsync_BadEndpoint_IsRefusedNamingTheFieldAndNothingIsStored(string endpoint, string field, string message)
    {
        var refused = await Assert.ThrowsAsync<InputException>(() => _editor.AddStoreAsync(Orders(endpoint), "admin", CancellationToken.None));

        Assert.Equal(field, refused.Field);
        Assert.Contains(message, refused.Message);
        Assert.Null((await StoredAsync()).FindStore("orders-config"));
    }

    [Fact]
    public async Task AddStoreAsync_UnknownEnvironment_IsRefusedInEnvironments()
    {
        var definition = Orders() with { Environments = new Dictionary<string, string?> { ["qa"] = "qa" } };

        var refused = await Assert.ThrowsAsync<InputException>(() => _editor.AddStoreAsync(definition, "admin", CancellationToken.None));

        Assert.Equal("environments", refused.Field);
        Assert.StartsWith("Unknown environment 'qa'", refused.Message);
    }

    [Fact]
    public async Task AddStoreAsync_NameTaken_IsRefusedInName()
    {
        var refused = await Assert.ThrowsAsync<InputException>(() =>
            _editor.AddStoreAsync(Orders() with { Name = DemoCatalog.SharedStore }, "admin", CancellationToken.None));

        Assert.Equal("name", refused.Field);
    }

    [Fact]
    public async Task UpdateStoreAsync_NewEndpointAndLabels_AreStored()
    {
        await _editor.AddStoreAsync(Orders(), "admin", CancellationToken.None);

        await _editor.UpdateStoreAsync("orders-config", Orders("https://orders-eu.azconfig.io", staging: "stg", production: null, ConfigStoreAuthentication.EntraId), "admin", CancellationToken.None);

        var store = (await StoredAsync()).FindStore("orders-config")!;
        Assert.Equal(("https://orders-eu.azconfig.io/", ConfigStoreAuthentication.EntraId), (store.Endpoint!.ToString(), store.Authentication));
        Assert.Equal([("staging", "stg"), ("production", null)], store.Bindings.Select(b => (b.Environment, b.Label)).OrderByDescending(b => b.Item1));
    }

    [Fact]
    public async Task UpdateStoreAsync_SameLabelsAgain_IsStoredWithoutAConflict()
    {
        await _editor.AddStoreAsync(Orders(), "admin", CancellationToken.None);

        await _editor.UpdateStoreAsync("orders-config", Orders("https://orders-eu.azconfig.io"), "admin", CancellationToken.None);

        Assert.Equal(2, (await StoredAsync()).FindStore("orders-config")!.Bindings.Count);
    }

    [Fact]
    public async Task RemoveStoreAsync_StoreAServiceReads_IsRefusedAndKept()
    {
        await _editor.AddStoreAsync(Orders(), "admin", CancellationToken.None);
        await _editor.UpdateServiceAsync(new ServiceChanges("billing-api", "payments", ServiceKind.Api, Lifecycle.Production, "", "billing-api", [])
        {
            ConfigStore = "orders-config",
        }, "admin", CancellationToken.None);

        var refused = await Assert.ThrowsAsync<DomainException>(() => _editor.RemoveStoreAsync("orders-config", "admin", CancellationToken.None));

        Assert.Contains("billing-api reads it", refused.Message);
        Assert.Equal("orders-config", (await StoredAsync()).FindService("billing-api")!.ConfigStore);
    }

    [Fact]
    public async Task RemoveStoreAsync_UnreadStore_IsGone()
    {
        await _editor.AddStoreAsync(Orders(), "admin", CancellationToken.None);

        await _editor.RemoveStoreAsync("orders-config", "admin", CancellationToken.None);

        Assert.Null((await StoredAsync()).FindStore("orders-config"));
    }
}
