using Dashboard.Infrastructure.ConfigStores;
using Dashboard.Infrastructure.DemoWorld;
using Dashboard.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.SampleFleet.Tests;

/// <summary>A real dashboard (Development, so its App Configuration read endpoint is on with the Development key) seeded with the demo world.</summary>
public class DashboardStoreFixture : IAsyncLifetime
{
    public DashboardTestHost Dashboard { get; private set; } = null!;

    /// <summary>The connection string of the shared store's read endpoint, as the fleet takes it.</summary>
    public string ConnectionString { get; private set; } = "";

    public LocalConfigStore Store =>
        Dashboard.App.Services.GetRequiredService<LocalConfigStoreRegistry>().Get(DemoCatalog.SharedStore).WithActor("fleet-tests");

    public virtual async Task InitializeAsync()
    {
        Dashboard = await DashboardTestHost.StartAsync();
        var configuration = Dashboard.App.Configuration;
        ConnectionString = $"Endpoint={Dashboard.BaseAddress}appconfig/{DemoCatalog.SharedStore};"
            + $"Id={configuration["ConfigStores:LocalReadAccess:Id"]};Secret={configuration["ConfigStores:LocalReadAccess:Secret"]}";
    }

    public virtual async Task DisposeAsync() => await Dashboard.DisposeAsync();
}
