using Dashboard.Application.Health;
using Dashboard.Domain.Access;
using Dashboard.Domain.Health;
using Dashboard.Domain.Proposals;
using Microsoft.Extensions.Time.Testing;

namespace Dashboard.Application.Tests.Health;

public sealed class StagingEvidenceReaderTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 30, 7, 50, 0, TimeSpan.Zero);
    private static readonly ProposalActor Engineer = new("erin", "Erin Engineer", [Roles.Engineer]);

    private readonly FakeTimeProvider _time = new(Start);
    private readonly HealthSeriesStore _store;
    private readonly StagingEvidenceReader _reader;

    public StagingEvidenceReaderTests()
    {
        var options = new HealthSeriesOptions { StagingSoak = TimeSpan.FromMinutes(10) };
        _store = new HealthSeriesStore(new RecordingFeed(), _time, options);
        var watchList = new HealthWatchList([Staging("billing-api"), Staging("invoice-renderer")]);
        _store.Watch(watchList);
        _reader = new StagingEvidenceReader(new StagingSoakEvidence(_store, new FixedWatchList(watchList), _time), options, _time);
    }

    [Fact]
    public async Task ForAsync_ServicesStayedHealthyThroughTheSoak_JudgedAndPassed()
    {
        Record(10, ("billing-api", 100, 0));
        var proposal = AppliedNow("billing-api");
        Record(10, ("billing-api", 100, 0));

        var evidence = await _reader.ForAsync(proposal, CancellationToken.None);

        Assert.Equal(StagingEvidenceKind.Judged, evidence.Kind);
        Assert.Equal(SoakOutcome.Passed, evidence.Verdict!.Outcome);
    }

    [Fact]
    public async Task ForAsync_ErrorsRoseInOneService_FailsNamingThatServiceAndIndicator()
    {
        Record(10, ("billing-api", 100, 0), ("invoice-renderer", 50, 0));
        var proposal = AppliedNow("billing-api", "invoice-renderer");
        Record(10, ("billing-api", 100, 30), ("invoice-renderer", 50, 0));

        var evidence = await _reader.ForAsync(proposal, CancellationToken.None);

        Assert.Equal(SoakOutcome.Failed, evidence.Verdict!.Outcome);
        Assert.Contains("billing-api: 5xx rate 30 %", evidence.Explanation, StringComparison.Ordinal);
        Assert.DoesNotContain("invoice-renderer:", evidence.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForAsync_SoakNotOver_SoakingUntilTheEnd()
    {
        Record(10, ("billing-api", 100, 0));
        var proposal = AppliedNow("billing-api");
        Record(4, ("billing-api", 100, 0));

        var evidence = await _reader.ForAsync(proposal, CancellationToken.None);

        Assert.Equal(StagingEvidenceKind.Soaking, evidence.Kind);
        Assert.Equal(TimeSpan.FromMinutes(6), evidence.SoakLeft(_time.GetUtcNow()));
        Assert.Null(evidence.Verdict);
    }

    [Fact]
    public async Task ForAsync_NoHealthDataInStaging_FallsBackToTheChecklistNamingTheService()
    {
        var proposal = AppliedNow("billing-api");
        _time.Advance(TimeSpan.FromMinutes(3));

        var evidence = await _reader.ForAsync(proposal, CancellationToken.None);

        Assert.Equal(StagingEvidenceKind.Checklist, evidence.Kind);
        Assert.Equal("No health data for billing-api in staging — checklist required.", evidence.Explanation);
    }

    [Fact]
    public async Task ForAsync_OneServiceSilentAfterTheSoak_FallsBackNamingTheSilentOne()
    {
        Record(10, ("billing-api", 100, 0), ("invoice-renderer", 50, 0));
        var proposal = AppliedNow("billing-api", "invoice-renderer");
        Record(10, ("billing-api", 100, 0));

        var evidence = await _reader.ForAsync(proposal, CancellationToken.None);

        Assert.Equal(StagingEvidenceKind.Checklist, evidence.Kind);
        Assert.Equal("No health data for invoice-renderer in staging — checklist required.", evidence.Explanation);
    }

    private Proposal AppliedNow(params string[] services)
    {
        var radius = "{\"affected\":[" + string.Join(",", services.Select(s => $"{{\"service\":\"{s}\"}}")) + "]}";
        var proposal = new Proposal(Engineer, new ProposalTarget("appcs-shared", "tax.rate.default", "staging", "prod"), ProposedValue.Set("0.0825"),
            new ObservedSetting("0.08", null, "s1"), new ObservedSetting("0.08", null, "p1"), "2027 tax rules", new BlastRadiusSnapshot(radius, "medium"),
            _time.GetUtcNow());
        proposal.ApplyToStaging(Engineer, "s2", _time.GetUtcNow());
        return proposal;
    }

    /// <summary>One telemetry reading a minute per service, the clock moving on with them.</summary>
    private void Record(int minutes, params (string Service, long Requests, long ServerErrors)[] services)
    {
        for (var i = 0; i < minutes; i++)
        {
            var minute = _time.GetUtcNow();
            _time.Advance(TimeSpan.FromMinutes(1));
            _store.Apply(new HealthSourceReading(HealthSourceStatus.Ok("log-analytics", HealthSourceKind.RequestTelemetry, "1 query", _time.GetUtcNow()),
                [.. services.Select(s => new HealthObservation(s.Service, "staging", [], [new RequestSample(minute, s.Requests, s.ServerErrors, 0, 120)]))]));
        }
    }

    private static WatchedEndpoint Staging(string service) =>
        new(service, "staging", [new Uri("http://127.0.0.1:7101")], "/health/live", "/health/ready", HealthThresholds.Default, ReadinessWiring.Unknown);
}
