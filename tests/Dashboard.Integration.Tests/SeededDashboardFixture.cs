using Dashboard.TestHost;

namespace Dashboard.Integration.Tests;

/// <summary>One dashboard with the demo world for a test class.</summary>
public sealed class SeededDashboardFixture : IAsyncLifetime
{
    public DashboardTestHost Host { get; private set; } = null!;

    public async Task InitializeAsync() => Host = await DashboardTestHost.StartAsync();

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
