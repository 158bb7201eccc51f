using Dashboard.Domain.ConfigStores;
using Dashboard.Infrastructure.Tests.Persistence;

namespace Dashboard.Infrastructure.Tests.ConfigStores;

/// <summary>The shared contract, recorded and live scenarios alike, answered by the local store on a fresh SQLite file.</summary>
public sealed class LocalStoreContractTests : LiveConfigStoreContractTests, IAsyncLifetime, IDisposable
{
    private readonly SqliteTestDatabase _database = new();

    public Task InitializeAsync() => _database.Initializer.InitializeAsync(seedDemoWorld: false, CancellationToken.None);

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _database.Dispose();

    protected override IConfigStoreClient Open(string session) => _database.ConfigStores.Get("contract-store");

    // Nothing is replayed: every call was answered by the database itself.
    protected override void AssertScenarioComplete()
    {
    }
}
