using Dashboard.Application.Health;
using Dashboard.Domain.Health;
using Dashboard.Domain.Proposals;
using Microsoft.Extensions.Time.Testing;

namespace Dashboard.Application.Tests.Health;

public sealed class StagingSoakEvidenceTests
{
    private static readonly DateTimeOffset AppliedAt = new(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Soak = TimeSpan.FromMinutes(10);

    private readonly FakeTimeProvider _time = new(AppliedAt.AddMinutes(-10));
    private readonly HealthSeriesStore _store;
    private readonly StagingSoakEvidence _evidence;

    public StagingSoakEvidenceTests()
    {
        _store = new HealthSeriesStore(new RecordingFeed(), _time, new HealthSeriesOptions());
        var watchList = new HealthWatchList([new WatchedEndpoint("billing-api", "staging", [new Uri("http://127.0.0.1:7101")], "/health/live", "/health/ready",
            HealthThresholds.Default, ReadinessWiring.Unknown)]);
        _store.Watch(watchList);
        _evidence = new StagingSoakEvidence(_store, new FixedWatchList(watchList), _time);
    }

    [Fact]
    public async Task JudgeAsync_ErrorsRiseAfterTheApply_FailsWithTheNumbers()
    {
        Record(minutes: 10, requests: 100, serverErrors: 0);
        Record(minutes: 10, requests: 100, serverErrors: 30);

        var verdict = await _evidence.JudgeAsync(["billing-api"], AppliedAt, Soak, CancellationToken.None);

        Assert.Equal(SoakOutcome.Failed, verdict!.Outcome);
        Assert.Contains("5xx rate 30 %", verdict.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task JudgeAsync_StaysHealthy_Passes()
    {
        Record(minutes: 10, requests: 100, serverErrors: 0);
        Record(minutes: 10, requests: 100, serverErrors: 0);

        var verdict = await _evidence.JudgeAsync(["billing-api"], AppliedAt, Soak, CancellationToken.None);

        Assert.Equal(SoakOutcome.Passed, verdict!.Outcome);
    }

    [Fact]
    public async Task JudgeAsync_SoakNotOver_NoVerdictYet()
    {
        Record(minutes: 10, requests: 100, serverErrors: 0);
        Record(minutes: 5, requests: 100, serverErrors: 0);

        Assert.Null(await _evidence.JudgeAsync(["billing-api"], AppliedAt, Soak, CancellationToken.None));
    }

    /// <summary>One telemetry reading a minute, the clock moving on with them.</summary>
    private void Record(int minutes, long requests, long serverErrors)
    {
        for (var i = 0; i < minutes; i++)
        {
            var minute = _time.GetUtcNow();
            _time.Advance(TimeSpan.FromMinutes(1));
            _store.Apply(new HealthSourceReading(HealthSourceStatus.Ok("log-analytics", HealthSourceKind.RequestTelemetry, "1 query", _time.GetUtcNow()),
                [new HealthObservation("billing-api", "staging", [], [new RequestSample(minute, requests, serverErrors, 0, 120)])]));
        }
    }
}
