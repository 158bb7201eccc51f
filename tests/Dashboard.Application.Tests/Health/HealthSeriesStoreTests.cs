using Dashboard.Application.Health;
using Dashboard.Application.Live;
using Dashboard.Domain.Health;
using Microsoft.Extensions.Time.Testing;

namespace Dashboard.Application.Tests.Health;

public sealed class HealthSeriesStoreTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 27, 1, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _time = new(Start);
    private readonly RecordingFeed _feed = new();
    private readonly HealthSeriesStore _store;

    public HealthSeriesStoreTests()
    {
        _store = new HealthSeriesStore(_feed, _time, new HealthSeriesOptions());
        _store.Watch(new HealthWatchList([Endpoint("billing-api"), Endpoint("invoice-renderer")]));
    }

    private static WatchedEndpoint Endpoint(string service, string environment = "production") =>
        new(service, environment, [new Uri("http://127.0.0.1:7101"), new Uri("http://127.0.0.1:7102")], "/health/live", "/health/ready",
            HealthThresholds.Default, ReadinessWiring.Unknown);

    private InstanceProbe Probe(string instance, bool alive = true, bool ready = true) =>
        new(instance, new ProbeCheck(alive, _time.GetUtcNow(), alive ? "200 in 5 ms" : "connection refused"),
            new ProbeCheck(ready, _time.GetUtcNow(), ready ? "200 in 6 ms" : "503 in 7 ms"));

    private HealthSourceReading Probes(string service, params InstanceProbe[] instances) =>
        new(HealthSourceStatus.Ok("probes", HealthSourceKind.Probes, "2 targets probed", _time.GetUtcNow()),
            [new HealthObservation(service, "production", instances, [])]);

    private HealthSourceReading Telemetry(string service, params RequestSample[] samples) =>
        new(HealthSourceStatus.Ok("log-analytics", HealthSourceKind.RequestTelemetry, "1 query", _time.GetUtcNow()),
            [new HealthObservation(service, "production", [], samples)]);

    private SyntheticCheckResult Check(string name, int? status, string? error = null) =>
        new(name, "GET", "/api/" + name.Replace(' ', '-'), 200, status, TimeSpan.FromMilliseconds(15), error, _time.GetUtcNow());

    private HealthSourceReading Checks(string service, params SyntheticCheckResult[] checks) =>
        new(HealthSourceStatus.Ok("probes", HealthSourceKind.Probes, "synthetic checks", _time.GetUtcNow()),
            [new HealthObservation(service, "production", [Probe("a")], []) { SyntheticChecks = checks }]);

    private RequestSample Minute(long requests, long serverErrors = 0, double? p95 = 80, int minutesAgo = 0) =>
        new(Start.AddMinutes(-minutesAgo), requests, serverErrors, 0, p95);

    [Fact]
    public void Current_BeforeAnyReading_IsNoDataForEveryWatchedService()
    {
        Assert.Equal([("billing-api", HealthState.NoData), ("invoice-renderer", HealthState.NoData)], _store.Current().Select(h => (h.Service, h.State)));
    }

    [Fact]
    public void Apply_ProbesAllReady_IsHealthyAndPublishesForTheService()
    {
        var transitions = _store.Apply(Probes("billing-api", Probe("a"), Probe("b")));

        var health = _store.Current("billing-api", "production")!;
        Assert.Equal(HealthState.Healthy, health.State);
        Assert.Equal(2, health.Assessment.InRotation);
        Assert.Equal(Start, health.Since);
        Assert.Equal(new FeedEvent(FeedTopic.Health, "billing-api", Start), Assert.Single(_feed.Published));
        Assert.Equal(HealthState.Healthy, Assert.Single(transitions).To);
        Assert.Equal("probes", Assert.Single(health.Sources).Source);
    }

    [Fact]
    public void Apply_ReadinessFailsEverywhere_RecordsTheTransitionWithItsReason()
    {
        _store.Apply(Probes("billing-api", Probe("a"), Probe("b")));
        _time.Advance(TimeSpan.FromSeconds(10));

        var transition = Assert.Single(_store.Apply(Probes("billing-api", Probe("a", ready: false), Probe("b", ready: false))));

        Assert.Equal((HealthState.Healthy, HealthState.Unhealthy), (transition.From, transition.To));
        Assert.StartsWith("no instance in rotation: 2 pulled", transition.Reason);
        Assert.Contains(transition, _store.TransitionsSince(Start));
        Assert.Equal([HealthState.Healthy, HealthState.Unhealthy], _store.RecentStates("billing-api", "production").Select(s => s.State));
        Assert.Equal(Start.AddSeconds(10), _store.Current("billing-api", "production")!.Since);
    }

    [Fact]
    public void Apply_InstanceJustCameUp_IsStartingUntilTheGraceEnds()
    {
        _store.Apply(Probes("billing-api", Probe("a", alive: false, ready: false)));
        _time.Advance(TimeSpan.FromSeconds(10));
        _store.Apply(Probes("billing-api", Probe("a", ready: false)));
        Assert.Equal(HealthState.Starting, _store.Current("billing-api", "production")!.State);

        _time.Advance(TimeSpan.FromSeconds(100));
        _store.Apply(Probes("billing-api", Probe("a", ready: false)));

        Assert.Equal(HealthState.Unhealthy, _store.Current("billing-api", "production")!.State);
    }

    [Fact]
    public void Apply_AliveButNotReadyWhenFirstSeen_IsPulledNotStarting()
    {
        _store.Apply(Probes("billing-api", Probe("a", ready: false)));

        Assert.Equal(HealthState.Unhealthy, _store.Current("billing-api", "production")!.State);
    }

    [Fact]
    public void Apply_ProbesStopComing_TurnsNoDataOnceStale()
    {
        _store.Apply(Probes("billing-api", Probe("a")));
        _time.Advance(TimeSpan.FromSeconds(61));

        var transitions = _store.Apply(Probes("invoice-renderer", Probe("a")));

        Assert.Contains(transitions, t => t.Service == "billing-api" && t.To == HealthState.NoData);
    }

    [Fact]
    public void Apply_RequestTelemetry_JudgesErrorRateOverTheWindow()
    {
        _store.Apply(Telemetry("billing-api", Minute(100, minutesAgo: 1), Minute(100, serverErrors: 30)));

        var health = _store.Current("billing-api", "production")!;
        Assert.Equal(HealthState.Unhealthy, health.State);
        Assert.Equal((200, 30), (health.Requests!.Requests, health.Requests.ServerErrors));
        Assert.Contains("5xx rate 15 % (30 of 200 requests in the last 2 min)", health.Assessment.Reason);
    }

    [Fact]
    public void Apply_SyntheticChecksForAMinuteTelemetryFilled_DoNotOverwriteIt()
    {
        _store.Apply(Telemetry("billing-api", Minute(1000, serverErrors: 1)));
        _store.Apply(new HealthSourceReading(HealthSourceStatus.Ok("probes", HealthSourceKind.Probes, "", Start),
            [new HealthObservation("billing-api", "production", [Probe("a")], [Minute(6, serverErrors: 6)])]));

        var point = Assert.Single(_store.Series("billing-api", "production", HealthMetric.RequestsPerMinute, Start, Start));
        Assert.Equal(1000, point.Value);
    }

    [Fact]
    public void Apply_SyntheticCheckFailsBesideHealthyTelemetry_KeptPerCheckAndDegradesTheService()
    {
        _store.Apply(Telemetry("billing-api", Minute(1000)));

        _store.Apply(Checks("billing-api", Check("tax quote", 200), Check("invoice", null, "timed out after 5000 ms")));

        var health = _store.Current("billing-api", "production")!;
        Assert.Equal(HealthState.Degraded, health.State);
        Assert.Equal(["invoice", "tax quote"], health.SyntheticChecks.Select(c => c.Name));
        Assert.Equal("timed out after 5000 ms", health.SyntheticChecks[0].Detail);
    }

    [Fact]
    public void Apply_NextProbeRun_ReplacesEachChecksResultAndForgetsRemovedChecks()
    {
        _store.Apply(Checks("billing-api", Check("tax quote", 503, "expected 200"), Check("invoice", 200)));
        _time.Advance(TimeSpan.FromSeconds(10));

        _store.Apply(Checks("billing-api", Check("tax quote", 200)));

        var check = Assert.Single(_store.Current("billing-api", "production")!.SyntheticChecks);
        Assert.Equal((200, _time.GetUtcNow()), (check.ActualStatus, check.At));
        Assert.Equal(HealthState.Healthy, _store.Current("billing-api", "production")!.State);
    }

    [Fact]
    public void Apply_FailedCheckGoneStale_NoLongerDegradesButStaysOnShow()
    {
        _store.Apply(Telemetry("billing-api", Minute(1000)));
        _store.Apply(Checks("billing-api", Check("tax quote", 503, "expected 200")));
        _time.Advance(TimeSpan.FromSeconds(61));

        _store.Apply(Telemetry("billing-api", Minute(1000, minutesAgo: -1)));

        var health = _store.Current("billing-api", "production")!;
        Assert.Equal(HealthState.NoData, health.Assessment.Indicator(HealthIndicator.SyntheticChecks)!.State);
        Assert.Equal(503, Assert.Single(health.SyntheticChecks).ActualStatus);
    }

    [Fact]
    public void Apply_UnknownService_IsIgnored()
    {
        _store.Apply(Telemetry("not-in-catalog", Minute(100)));

        Assert.DoesNotContain(_store.Current(), h => h.Service == "not-in-catalog");
        Assert.DoesNotContain(_feed.Published, e => e.Subject == "not-in-catalog");
    }

    [Fact]
    public void Series_MinutesWithoutData_AreNull()
    {
        _store.Apply(Telemetry("billing-api", Minute(100, serverErrors: 5, minutesAgo: 2), Minute(50)));

        var points = _store.Series("billing-api", "production", HealthMetric.ServerErrorRate, Start.AddMinutes(-3), Start);

        Assert.Equal([null, 0.05, null, 0.0], points.Select(p => p.Value));
        Assert.Equal(Start.AddMinutes(-3), points[0].Minute);
    }

    [Fact]
    public void Series_OlderThanRetained_IsClampedAndTheRingReusesItsSlots()
    {
        _store.Apply(Telemetry("billing-api", Minute(100)));
        _time.Advance(TimeSpan.FromHours(24));
        _store.Apply(Telemetry("billing-api", new RequestSample(Start.AddHours(24), 7, 0, 0, 50)));

        var points = _store.Series("billing-api", "production", HealthMetric.RequestsPerMinute, Start.AddHours(-1), Start.AddHours(24));

        Assert.Equal(24 * 60, points.Count);
        Assert.Equal(7, points[^1].Value);
        Assert.Null(points[0].Value);
    }

    [Fact]
    public void Rollups_RestoredIntoAFreshStore_GiveTheSameSeries()
    {
        _store.Apply(Telemetry("billing-api", Minute(100, serverErrors: 3, minutesAgo: 1), Minute(80)));
        _store.Apply(Probes("billing-api", Probe("a"), Probe("b", ready: false)));
        var rollups = _store.Rollups(Start.AddHours(-1), Start);
        var restarted = new HealthSeriesStore(new RecordingFeed(), _time, new HealthSeriesOptions());
        restarted.Watch(new HealthWatchList([Endpoint("billing-api")]));

        restarted.Restore(rollups);

        foreach (var metric in Enum.GetValues<HealthMetric>())
            Assert.Equal(_store.Series("billing-api", "production", metric, Start.AddMinutes(-2), Start),
                restarted.Series("billing-api", "production", metric, Start.AddMinutes(-2), Start));
    }

    [Fact]
    public void Watch_ServiceRemovedFromTheCatalog_IsDropped()
    {
        _store.Watch(new HealthWatchList([Endpoint("billing-api")]));

        Assert.Equal(["billing-api"], _store.Current().Select(h => h.Service));
    }

    [Fact]
    public void Watch_NewThresholds_ApplyAtTheNextReading()
    {
        _store.Apply(Telemetry("billing-api", Minute(100, serverErrors: 5)));
        Assert.Equal(HealthState.Degraded, _store.Current("billing-api", "production")!.State);

        _store.Watch(new HealthWatchList([Endpoint("billing-api") with { Thresholds = HealthThresholds.Default.With(new HealthThresholdOverrides(ServerErrorDegraded: 0.1)) }]));
        _store.Apply(Telemetry("billing-api"));

        Assert.Equal(HealthState.Healthy, _store.Current("billing-api", "production")!.State);
    }

    [Fact]
    public void Apply_TelemetryMinutesLate_JudgesOnTheNewestMinutesThatArrived()
    {
        _store.Apply(Telemetry("billing-api", Minute(100, serverErrors: 40, minutesAgo: 4), Minute(100, serverErrors: 20, minutesAgo: 3)));

        var health = _store.Current("billing-api", "production")!;
        Assert.Equal(HealthState.Unhealthy, health.State);
        Assert.Contains("(60 of 200 requests in the 2 min to 00:58 UTC)", health.Assessment.Reason);
    }

    [Fact]
    public void Apply_TelemetryOlderThanTheLag_IsNoLongerJudgedOn()
    {
        _store.Apply(Telemetry("billing-api", Minute(100, serverErrors: 40, minutesAgo: 6)));

        Assert.Equal(HealthState.NoData, _store.Current("billing-api", "production")!.State);
    }
}
