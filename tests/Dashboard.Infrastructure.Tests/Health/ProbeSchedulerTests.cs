using System.Threading.Channels;
using Dashboard.Application.Health;
using Dashboard.Application.Leases;
using Dashboard.Application.Live;
using Dashboard.Domain.Health;
using Dashboard.Infrastructure.Health;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Dashboard.Infrastructure.Tests.Health;

public sealed class ProbeSchedulerTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 27, 1, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    private readonly FakeTimeProvider _time = new(Start);
    private readonly HealthSeriesStore _store;
    private readonly FakeSource _source = new();
    private readonly FakeGate _gate = new();
    private readonly FakeWatchList _watchList = new();
    private readonly RecordingHandler _handler = new();

    public ProbeSchedulerTests() => _store = new HealthSeriesStore(new NullFeed(), _time, new HealthSeriesOptions());

    private ProbeScheduler Scheduler() =>
        new([_source], _watchList, _store, _gate, [_handler], _time, NullLogger<ProbeScheduler>.Instance);

    [Fact]
    public async Task Start_RunsAtOnceThenEveryInterval_AndFeedsTheStore()
    {
        using var scheduler = Scheduler();
        await scheduler.StartAsync(CancellationToken.None);

        await _source.Runs.Reader.ReadAsync().AsTask().WaitAsync(Wait);
        _time.Advance(_source.Interval);
        await _source.Runs.Reader.ReadAsync().AsTask().WaitAsync(Wait);
        await scheduler.StopAsync(CancellationToken.None);

        Assert.Equal(HealthState.Healthy, _store.Current("billing-api", "production")!.State);
        Assert.Contains(_handler.Seen, t => t.To == HealthState.Healthy);
    }

    [Fact]
    public async Task RunOnceAsync_GateClosed_DoesNotReadTheSource()
    {
        _gate.Open = false;
        using var scheduler = Scheduler();

        await scheduler.RunOnceAsync(_source, CancellationToken.None);

        Assert.Equal(0, _source.Reads);
        Assert.Empty(_store.Current());
    }

    [Fact]
    public async Task RunOnceAsync_SourceThrows_IsLoggedAndTheNextRunWorks()
    {
        using var scheduler = Scheduler();
        _source.FailNext = true;

        await scheduler.RunOnceAsync(_source, CancellationToken.None);
        await scheduler.RunOnceAsync(_source, CancellationToken.None);

        Assert.Equal(2, _source.Reads);
        Assert.Equal(HealthState.Healthy, _store.Current("billing-api", "production")!.State);
    }

    [Fact]
    public async Task RunOnceAsync_CatalogUnreadable_WatchesTheListReadBefore()
    {
        using var scheduler = Scheduler();
        await scheduler.RunOnceAsync(_source, CancellationToken.None);
        _watchList.Fail = true;

        await scheduler.RunOnceAsync(_source, CancellationToken.None);

        Assert.Equal(2, _source.Reads);
        Assert.Equal("billing-api", _source.LastWatchList!.Endpoints.Single().Service);
    }

    [Fact]
    public async Task Stop_StandsDownFromTheLease()
    {
        using var scheduler = Scheduler();
        await scheduler.StartAsync(CancellationToken.None);
        await _source.Runs.Reader.ReadAsync().AsTask().WaitAsync(Wait);

        await scheduler.StopAsync(CancellationToken.None);

        Assert.True(_gate.SteppedDown);
    }

    private sealed class FakeSource : IHealthSource
    {
        public Channel<int> Runs { get; } = Channel.CreateUnbounded<int>();
        public int Reads { get; private set; }
        public bool FailNext { get; set; }
        public HealthWatchList? LastWatchList { get; private set; }
        public string Name => "fake";
        public HealthSourceKind Kind => HealthSourceKind.Probes;
        public TimeSpan Interval => TimeSpan.FromSeconds(10);

        public Task<HealthSourceReading> ReadAsync(HealthWatchList watchList, CancellationToken cancellationToken)
        {
            Reads++;
            LastWatchList = watchList;
            Runs.Writer.TryWrite(Reads);
            if (FailNext)
            {
                FailNext = false;
                throw new InvalidOperationException("probe run failed");
            }
            var now = DateTimeOffset.UtcNow;
            return Task.FromResult(new HealthSourceReading(HealthSourceStatus.Ok(Name, Kind, "ok", now),
                [new HealthObservation("billing-api", "production", [new InstanceProbe("a", new ProbeCheck(true, Start, "200"), new ProbeCheck(true, Start, "200"))], [])]));
        }
    }

    private sealed class FakeGate : IRunGate
    {
        public bool Open { get; set; } = true;
        public bool SteppedDown { get; private set; }

        public ValueTask<bool> MayRunAsync(CancellationToken cancellationToken) => ValueTask.FromResult(Open);

        public ValueTask StandDownAsync(CancellationToken cancellationToken)
        {
            SteppedDown = true;
            return ValueTask.CompletedTask;
        }
    }

    private sealed class FakeWatchList : IHealthWatchListSource
    {
        public bool Fail { get; set; }

        public Task<HealthWatchList> LoadAsync(CancellationToken cancellationToken) => Fail
            ? throw new TimeoutException("database unavailable")
            : Task.FromResult(new HealthWatchList([new WatchedEndpoint("billing-api", "production", [new Uri("http://127.0.0.1:7101")], "/health/live", "/health/ready",
                HealthThresholds.Default, ReadinessWiring.Unknown)]));
    }

    private sealed class RecordingHandler : IHealthTransitionHandler
    {
        public List<HealthTransition> Seen { get; } = [];

        public Task HandleAsync(IReadOnlyList<HealthTransition> transitions, CancellationToken cancellationToken)
        {
            lock (Seen) Seen.AddRange(transitions);
            return Task.CompletedTask;
        }
    }

    private sealed class NullFeed : ILiveFeed
    {
        public void Publish(FeedEvent change) { }

        public IDisposable Subscribe(IReadOnlySet<FeedTopic> topics, Func<IReadOnlyList<FeedEvent>, CancellationToken, Task> onChanges, TimeSpan? minimumInterval = null) =>
            throw new NotSupportedException();
    }
}
