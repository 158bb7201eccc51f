using Dashboard.Domain.ConfigStores;
using Dashboard.Infrastructure.AppConfiguration;

namespace Dashboard.Infrastructure.Tests.ConfigStores;

/// <summary>
/// The shared contract against a real App Configuration data plane: the official emulator built locally, or a test
/// store, given as a connection string in <see cref="ConnectionStringVariable"/>. Without it every scenario is reported
/// skipped with the reason, never silently passed.
/// </summary>
public sealed class EmulatorContractTests : LiveConfigStoreContractTests
{
    public const string ConnectionStringVariable = "DASHBOARD_APPCONFIG_CONNECTION_STRING";

    protected override IConfigStoreClient Open(string session)
    {
        var connectionString = Environment.GetEnvironmentVariable(ConnectionStringVariable);
        Skip.If(string.IsNullOrWhiteSpace(connectionString),
            $"No App Configuration endpoint: set {ConnectionStringVariable} to a connection string (Endpoint=…;Id=…;Secret=…) of a local emulator or a test store to run the contract against it.");
        return new AppConfigurationClient(connectionString!, new AppConfigurationClientOptions { StoreName = "emulator" });
    }

    // The recorded sessions' keys are written and deleted by each scenario; nothing is replayed.
    protected override void AssertScenarioComplete()
    {
    }
}
