using Dashboard.Application.Health;
using Dashboard.Domain.Health;
using Dashboard.Domain.Proposals;
using Dashboard.Infrastructure.Health;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Dashboard.Infrastructure.Tests.Health;

/// <summary>
/// Where a service has request telemetry, the dashboard's synthetic checks stay an indicator of their own: a check that fails
/// throughout a staging soak degrades the service but does not fill the minutes without traffic, so a clean request series
/// still verifies the change.
/// </summary>
public sealed class SyntheticChecksStagingSoakTests : IAsyncLifetime
{
    private static readonly DateTimeOffset AppliedAt = new(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Soak = TimeSpan.FromMinutes(10);

    private readonly FakeTimeProvider _time = new(AppliedAt - Soak);
    private readonly ProbeRunner _runner = new(new ProbeRunnerOptions { Timeout = TimeSpan.FromSeconds(20) }, TimeProvider.System);
    private LoopbackServer _billingApi = null!;

    public async Task InitializeAsync() => _billingApi = await LoopbackServer.StartAsync(app =>
    {
        app.MapGet("/health/live", () => "Healthy");
        app.MapGet("/health/ready", () => "Healthy");
        app.MapGet("/api/tax/quote", () => Results.StatusCode(500));
    });

    public async Task DisposeAsync()
    {
        _runner.Dispose();
        await _billingApi.DisposeAsync();
    }

    [Fact]
    public async Task JudgeAsync_SyntheticCheckFailsThroughoutAndRequestSeriesIsClean_Passes()
    {
        var watchList = new HealthWatchList([new WatchedEndpoint("billing-api", StagingSoakEvidence.StagingEnvironment, [_billingApi.Address],
            "/health/live", "/health/ready", HealthThresholds.Default, ReadinessWiring.Unknown)]);
        var store = new HealthSeriesStore(new NullFeed(), _time, new HealthSeriesOptions());
        store.Watch(watchList);
        var probes = new ProbeHealthSource(_runner, Options.Create(new HealthOptions
        {
            Probes = new ProbeOptions { SyntheticChecks = [new SyntheticCheckOptions { Service = "billing-api", Name = "tax quote", Path = "/api/tax/quote" }] },
        }), _time);

        // Twenty minutes around the apply: a probe run every minute, and request telemetry in the minutes staging had traffic
        // (a summarised query has no row for a minute without requests, so every other minute has none).
        for (var minute = 0; minute < 20; minute++)
        {
            var at = _time.GetUtcNow();
            store.Apply(await probes.ReadAsync(watchList, CancellationToken.None));
            if (minute % 2 == 0)
            {
                store.Apply(new HealthSourceReading(HealthSourceStatus.Ok("log-analytics", HealthSourceKind.RequestTelemetry, "1 query", at),
                    [new HealthObservation("billing-api", StagingSoakEvidence.StagingEnvironment, [], [new RequestSample(at, 100, 0, 0, 120)])]));
            }
            _time.Advance(TimeSpan.FromMinutes(1));
        }

        var verdict = await new StagingSoakEvidence(store, new Fixed(watchList), _time).JudgeAsync(["billing-api"], AppliedAt, Soak, CancellationToken.None);

        Assert.Equal(SoakOutcome.Passed, verdict!.Outcome);
        var health = store.Current("billing-api", StagingSoakEvidence.StagingEnvironment)!;
        Assert.Equal(HealthState.Degraded, health.Assessment.Indicator(HealthIndicator.SyntheticChecks)!.State);
        Assert.Equal(0, health.Requests!.ServerErrors);
    }

    private sealed class Fixed(HealthWatchList watchList) : IHealthWatchListSource
    {
        public Task<HealthWatchList> LoadAsync(CancellationToken cancellationToken) => Task.FromResult(watchList);
    }

    private sealed class NullFeed : Application.Live.ILiveFeed
    {
        public void Publish(Application.Live.FeedEvent change) { }

        public IDisposable Subscribe(IReadOnlySet<Application.Live.FeedTopic> topics, Func<IReadOnlyList<Application.Live.FeedEvent>, CancellationToken, Task> onChanges, TimeSpan? minimumInterval = null) =>
            throw new NotSupportedException();
    }
}
