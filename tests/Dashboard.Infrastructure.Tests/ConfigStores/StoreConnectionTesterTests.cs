using Dashboard.Domain.Catalog;
using Dashboard.Domain.ConfigStores;
using Dashboard.Infrastructure.ConfigStores;
using Dashboard.Infrastructure.Tests.AppConfiguration.Support;
using Dashboard.Infrastructure.Tests.Persistence;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Dashboard.Infrastructure.Tests.ConfigStores;

/// <summary>"Test connection" and the client factory against real loopback stores: what worked, or exactly what failed.</summary>
public sealed class StoreConnectionTesterTests : IDisposable
{
    private const string Store = "orders-config";
    private readonly SqliteTestDatabase _database = new();
    private readonly ConfigStoreConnectionOptions _connections = new();

    public void Dispose() => _database.Dispose();

    private ConfigStoreClientFactory Factory() => new(_database.ConfigStores, Options.Create(_connections));

    private StoreConnectionTester Tester() => new(Factory(), TimeProvider.System);

    private void ConnectionString(Uri endpoint) =>
        _connections.Connections[Store] = new ConfigStoreConnection
        {
            ConnectionString = $"Endpoint={endpoint};Id=reader-1;Secret={Convert.ToBase64String(ScriptedClient.Secret)}",
        };

    private static ConfigStore Azure(Uri endpoint, ConfigStoreAuthentication authentication = ConfigStoreAuthentication.ConnectionString) =>
        new(Store, ConfigStoreKind.AzureAppConfiguration, endpoint, authentication);

    [Fact]
    public async Task TestAsync_StoreAnswering_SaysHowManyKeysAndWithWhichCredential()
    {
        await using var server = await LoopbackStore.StartAsync(context => context.Response.WriteAsync(
            """{"items":[{"key":"a","label":null,"etag":"1"},{"key":"b","label":"prod","etag":"2"}]}"""));
        ConnectionString(server.Endpoint);

        var report = await Tester().TestAsync(Azure(server.Endpoint), CancellationToken.None);

        Assert.True(report.Succeeded);
        Assert.Equal(2, report.KeysListed);
        Assert.Equal($"Connected to '{Store}' at {server.Endpoint.GetLeftPart(UriPartial.Authority)} with the access key 'reader-1' from ConfigStores:Connections:{Store}:ConnectionString: read 2 keys.", report.Summary);
    }

    [Fact]
    public async Task TestAsync_CredentialRefused_Reports401WithTheCredentialUsed()
    {
        await using var server = await LoopbackStore.StartAsync(context =>
        {
            context.Response.StatusCode = 401;
            return Task.CompletedTask;
        });
        ConnectionString(server.Endpoint);

        var report = await Tester().TestAsync(Azure(server.Endpoint), CancellationToken.None);

        Assert.Equal((false, ConfigStoreErrorKind.Unauthorized), (report.Succeeded, report.FailureKind));
        Assert.Contains("401, the credential was refused (authenticated with the access key 'reader-1' from ConfigStores:Connections:orders-config:ConnectionString)", report.Summary);
        Assert.DoesNotContain(Convert.ToBase64String(ScriptedClient.Secret), report.Summary);
    }

    [Fact]
    public async Task TestAsync_NothingListening_ReportsTheRefusedConnection()
    {
        var endpoint = LoopbackStore.ClosedPort();
        ConnectionString(endpoint);

        var report = await Tester().TestAsync(Azure(endpoint), CancellationToken.None);

        Assert.Equal((ConfigStoreErrorKind.Unreachable, ConfigStoreFault.ConnectionRefused), (report.FailureKind, report.Fault));
    }

    [Fact]
    public async Task TestAsync_ConnectionStringNotSet_SaysWhichSettingToSet()
    {
        var report = await Tester().TestAsync(Azure(new Uri("https://orders-config.azconfig.io")), CancellationToken.None);

        Assert.Equal(ConfigStoreErrorKind.NotConfigured, report.FailureKind);
        Assert.Contains("the setting ConfigStores:Connections:orders-config:ConnectionString is not set", report.Summary);
        Assert.Contains("ConfigStores__Connections__orders-config__ConnectionString", report.Summary);
    }

    [Fact]
    public void For_ConnectionStringForAnotherEndpoint_IsRefusedNamingBoth()
    {
        ConnectionString(new Uri("https://other.azconfig.io"));

        var refused = Assert.Throws<ConfigStoreException>(() => Factory().For(Azure(new Uri("https://orders-config.azconfig.io"))));

        Assert.Equal(ConfigStoreErrorKind.NotConfigured, refused.Kind);
        Assert.Contains("is for https://other.azconfig.io, but the catalog gives the store the endpoint https://orders-config.azconfig.io", refused.Message);
    }

    [Fact]
    public void For_StoreEditedToAnotherEndpoint_GetsANewClient()
    {
        var factory = Factory();

        var before = factory.For(Azure(new Uri("https://orders-config.azconfig.io"), ConfigStoreAuthentication.EntraId));
        var same = factory.For(Azure(new Uri("https://orders-config.azconfig.io"), ConfigStoreAuthentication.EntraId));
        var moved = factory.For(Azure(new Uri("https://orders-eu.azconfig.io"), ConfigStoreAuthentication.EntraId));

        Assert.Same(before, same);
        Assert.NotSame(before, moved);
        Assert.Equal(Store, ((Dashboard.Infrastructure.AppConfiguration.AppConfigurationClient)moved).StoreName);
    }

    [Fact]
    public async Task TestAsync_LocalStore_ListsItsKeys()
    {
        await _database.Initializer.InitializeAsync(seedDemoWorld: false, CancellationToken.None);
        await _database.ConfigStores.Get("demo").SetSettingAsync(new ConfigSettingWrite("a", null, "1"), ConfigWriteCondition.Always);

        var report = await Tester().TestAsync(new ConfigStore("demo", ConfigStoreKind.Local, null), CancellationToken.None);

        Assert.Equal("Connected to 'demo' (the dashboard's embedded store): read 1 key.", report.Summary);
    }
}
