using Dashboard.Domain.ConfigStores;
using Dashboard.Infrastructure.Tests.AppConfiguration.Support;

namespace Dashboard.Infrastructure.Tests.ConfigStores;

/// <summary>The shared contract, answered by the Azure client replaying the real service's recorded sessions.</summary>
public sealed class RecordedAzureContractTests : ConfigStoreContractTests
{
    private RecordedSessionHandler? _handler;

    protected override IConfigStoreClient Open(string session)
    {
        var (client, handler) = RecordedClient.For(session);
        _handler = handler;
        return client;
    }

    protected override void AssertScenarioComplete() => _handler!.AssertAllServed();
}
