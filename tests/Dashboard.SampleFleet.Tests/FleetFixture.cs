using Dashboard.SampleFleet.Fleet;
using Microsoft.Extensions.Logging.Abstractions;

namespace Dashboard.SampleFleet.Tests;

/// <summary>
/// The whole fleet, both environments, on free ports, against a real dashboard's read endpoint. Smaller and quicker
/// than the demo's: two billing-api instances, a 1.5–2 s reconnect, readiness probed every half second, no traffic
/// (tests send their own requests).
/// </summary>
public sealed class FleetFixture : DashboardStoreFixture
{
    public static readonly TimeSpan ReconnectMin = TimeSpan.FromSeconds(1.5);
    public static readonly TimeSpan ReconnectMax = TimeSpan.FromSeconds(2);

    public RunningFleet Fleet { get; private set; } = null!;

    public SampleFleetOptions Options { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Options = new SampleFleetOptions
        {
            ConnectionString = ConnectionString,
            StagingBasePort = 0,
            ProductionBasePort = 0,
            PaymentGatewayPort = 0,
            FrontendInstances = 1,
            BillingApiInstances = 2,
            ReconnectMinSeconds = ReconnectMin.TotalSeconds,
            ReconnectMaxSeconds = ReconnectMax.TotalSeconds,
            RequestsPerSecond = 0,
            ProbeIntervalSeconds = 0.5,
        };
        Fleet = await FleetLauncher.StartAsync(Options, NullLoggerFactory.Instance, CancellationToken.None);
    }

    public override async Task DisposeAsync()
    {
        await Fleet.DisposeAsync();
        await base.DisposeAsync();
    }
}
