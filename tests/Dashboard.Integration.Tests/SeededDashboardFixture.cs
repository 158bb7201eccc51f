using Dashboard.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Integration.Tests;

/// <summary>One dashboard with the demo world for a test class.</summary>
public sealed class SeededDashboardFixture : IAsyncLifetime
{
    public DashboardTestHost Host { get; private set; } = null!;

    /// <summary>The host's clock: a test moves it on to skip a wait the product imposes, such as a high-risk change's staging wait.</summary>
    public ShiftableClock Clock { get; } = new();

    public async Task InitializeAsync() =>
        Host = await DashboardTestHost.StartAsync(configure: builder => builder.Services.AddSingleton<TimeProvider>(Clock));

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
