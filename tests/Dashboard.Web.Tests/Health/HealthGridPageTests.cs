using Dashboard.Application.Health;
using Dashboard.Application.Live;
using Dashboard.Domain.Health;
using Dashboard.Web.Components.Pages;
using Dashboard.Web.Model;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Dashboard.Web.Tests.Health;

/// <summary>The /health grid over the real series store, fed through a channel live feed as the probes feed it.</summary>
public sealed class HealthGridPageTests : DashboardTestContext, IDisposable
{
    private readonly ChannelLiveFeed _feed = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero));
    private readonly HealthSeriesStore _store;

    public HealthGridPageTests()
    {
        _store = new HealthSeriesStore(_feed, _time, new HealthSeriesOptions());
        _store.Watch(new HealthWatchList([Endpoint("billing-api", "production"), Endpoint("billing-api", "staging"), Endpoint("frontend", "production")]));
        Services.AddSingleton<ILiveFeed>(_feed);
        Services.AddSingleton(_store);
        Services.AddTransient<HealthGridViewModel>();
    }

    void IDisposable.Dispose() => _feed.Dispose();

    [Fact]
    public void Render_ProbesFailLater_CellTurnsUnhealthyWithoutReloadNamingLiveness()
    {
        var page = RenderWithProviders<HealthGrid>();
        Assert.Equal(["NoData", "NoData"], Cells(page, "billing-api"));

        _store.Apply(Probes("billing-api", "production", alive: false, ready: false));

        page.WaitForAssertion(() => Assert.Equal(["Unhealthy", "NoData"], Cells(page, "billing-api")));
        Assert.Contains("liveness: no instance answers liveness", page.Find("[data-service=billing-api] [data-state=Unhealthy]").TextContent);
    }

    [Fact]
    public void Render_EveryInstancePulledAtOnce_TrapCalledOut()
    {
        var page = RenderWithProviders<HealthGrid>();
        _store.Apply(Probes("frontend", "production", alive: true, ready: true));
        _time.Advance(TimeSpan.FromSeconds(10));

        _store.Apply(Probes("frontend", "production", alive: true, ready: false));

        page.WaitForAssertion(() => Assert.Contains("frontend in production: every instance pulled from rotation", page.Find("[data-testid=rotation-trap]").TextContent));
    }

    [Fact]
    public void Render_LogAnalyticsAnswersPartially_SaysPartialDataLive()
    {
        var page = RenderWithProviders<HealthGrid>();
        Assert.Empty(page.FindAll("[data-testid=health-source]"));

        _store.Apply(new HealthSourceReading(new HealthSourceStatus("log-analytics", HealthSourceKind.RequestTelemetry, HealthSourceCondition.Degraded,
            "partial data for production: There were some errors when processing your query.", _time.GetUtcNow()),
            [new HealthObservation("billing-api", "production", [], [new RequestSample(_time.GetUtcNow(), 100, 0, 0, 90)])]));

        page.WaitForAssertion(() => Assert.Equal("log-analytics degraded: partial data for production: There were some errors when processing your query.",
            page.Find("[data-testid=health-source]").TextContent.Trim()));
    }

    [Fact]
    public void Dispose_LeavingThePage_Unsubscribes()
    {
        var page = RenderWithProviders<HealthGrid>();
        Assert.Equal(1, _feed.SubscriberCount);

        page.Instance.Dispose();

        Assert.Equal(0, _feed.SubscriberCount);
    }

    private static List<string?> Cells(IRenderedComponent<HealthGrid> page, string service) =>
        [.. page.FindAll($"[data-service={service}] [data-testid=health-cell]").Select(c => c.GetAttribute("data-state"))];

    private static WatchedEndpoint Endpoint(string service, string environment) =>
        new(service, environment, [new Uri("http://127.0.0.1:7101"), new Uri("http://127.0.0.1:7102")], "/health/live", "/health/ready",
            HealthThresholds.Default, ReadinessWiring.Unknown);

    private HealthSourceReading Probes(string service, string environment, bool alive, bool ready)
    {
        var now = _time.GetUtcNow();
        InstanceProbe Probe(string instance) => new(instance, new ProbeCheck(alive, now, alive ? "200 in 5 ms" : "connection refused"),
            new ProbeCheck(ready, now, ready ? "200 in 6 ms" : "503 in 7 ms"));
        return new(HealthSourceStatus.Ok("probes", HealthSourceKind.Probes, "2 targets probed", now),
            [new HealthObservation(service, environment, [Probe("http://127.0.0.1:7101"), Probe("http://127.0.0.1:7102")], [])]);
    }
}
