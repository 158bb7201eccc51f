using Dashboard.Application.BlastRadius;
using Dashboard.Application.Health;
using Dashboard.Application.Tests.Health;
using Dashboard.Domain.BlastRadius;
using Dashboard.Domain.Health;
using Microsoft.Extensions.Time.Testing;

namespace Dashboard.Application.Tests.BlastRadius;

public sealed class LiveTrafficReaderTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 30, 7, 50, 0, TimeSpan.Zero));
    private readonly HealthSeriesStore _store;

    public LiveTrafficReaderTests()
    {
        _store = new HealthSeriesStore(new RecordingFeed(), _time, new HealthSeriesOptions { RequestWindow = TimeSpan.FromMinutes(2) });
        _store.Watch(new HealthWatchList([Watched("billing-api", "production"), Watched("frontend", "production"), Watched("billing-api", "staging")]));
    }

    [Fact]
    public void For_ServicesWithRequestsInTheEnvironment_GivesTheirRatesPerSecond()
    {
        Record("production", ("billing-api", 5580), ("frontend", 2400));
        Record("staging", ("billing-api", 60));

        var traffic = new LiveTrafficReader(_store).For(Radius(), "production");

        Assert.Equal(93, traffic.RequestsPerSecond("billing-api"));
        Assert.Equal(40, traffic.RequestsPerSecond("frontend"));
    }

    [Fact]
    public void For_RequestsOnlyInAnotherEnvironment_LeavesTheServiceOut()
    {
        Record("staging", ("billing-api", 60));
        var reader = new LiveTrafficReader(_store);

        Assert.Null(reader.For(Radius(), "production").RequestsPerSecond("billing-api"));
        Assert.Equal(1, reader.For(Radius(), "staging").RequestsPerSecond("billing-api"));
    }

    private static Domain.BlastRadius.BlastRadius Radius() => new("tax.rate.default", "production", RiskLevel.Critical, "Critical: …",
        [new AffectedService("billing-api", [], true, SeesChange.Immediately, [])], [],
        [new DownstreamService("frontend", "frontend → billing-api", 4, false, false)], [], []);

    /// <summary>Two minutes of request samples, the clock moving on with them.</summary>
    private void Record(string environment, params (string Service, long RequestsPerMinute)[] services)
    {
        for (var i = 0; i < 2; i++)
        {
            var minute = _time.GetUtcNow();
            _time.Advance(TimeSpan.FromMinutes(1));
            _store.Apply(new HealthSourceReading(HealthSourceStatus.Ok("log-analytics", HealthSourceKind.RequestTelemetry, "1 query", _time.GetUtcNow()),
                [.. services.Select(s => new HealthObservation(s.Service, environment, [], [new RequestSample(minute, s.RequestsPerMinute, 0, 0, 120)]))]));
        }
    }

    private static WatchedEndpoint Watched(string service, string environment) =>
        new(service, environment, [new Uri("http://127.0.0.1:7101")], "/health/live", "/health/ready", HealthThresholds.Default, ReadinessWiring.Unknown);
}
