using Dashboard.Application.Health;
using Dashboard.Application.Incidents;
using Dashboard.Application.Live;
using Dashboard.Application.Notifications;
using Dashboard.Domain.Health;
using Dashboard.Domain.Incidents;
using Dashboard.Infrastructure.Incidents;
using Dashboard.Infrastructure.Persistence;
using Dashboard.Infrastructure.Persistence.Repositories;
using Dashboard.Infrastructure.Tests.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Dashboard.Infrastructure.Tests.Incidents;

/// <summary>Incidents opened from health runs, as the probe scheduler hands them over, on a real SQLite file.</summary>
public sealed class IncidentOpenerTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _time = new(Start);
    private readonly HealthSeriesStore _store;

    public IncidentOpenerTests()
    {
        _store = new HealthSeriesStore(new SilentFeed(), _time, new HealthSeriesOptions());
        _store.Watch(new HealthWatchList([new WatchedEndpoint("billing-api", "staging", [new Uri("http://127.0.0.1:7101")], "/health/live", "/health/ready",
            HealthThresholds.Default, ReadinessWiring.Unknown)]));
    }

    [Fact]
    public async Task HandleAsync_HealthyServiceStaysUnhealthyPastTheRule_OpensOneIncident()
    {
        using var database = await SqliteTestDatabase.MigratedAsync();
        var opener = Opener(database.Factory);
        await RunAsync(opener, alive: true);

        for (var run = 0; run < 9; run++) await RunAsync(opener, alive: false);

        await using var db = await database.Factory.CreateDbContextAsync();
        var incident = await db.Incidents.SingleAsync();
        // Started at the first unhealthy observation (the second run), not when the debounce ended.
        Assert.Equal(("billing-api unhealthy in staging", true, Start.AddSeconds(20)), (incident.Title, incident.OpenedAutomatically, incident.StartedAt));
    }

    [Fact]
    public async Task HandleAsync_UnhealthyShorterThanTheRule_OpensNone()
    {
        using var database = await SqliteTestDatabase.MigratedAsync();
        var opener = Opener(database.Factory);
        await RunAsync(opener, alive: true);

        for (var run = 0; run < 3; run++) await RunAsync(opener, alive: false);

        await using var db = await database.Factory.CreateDbContextAsync();
        Assert.Equal(0, await db.Incidents.CountAsync());
    }

    [Fact]
    public async Task HandleAsync_ServiceNeverAnswered_OpensNone()
    {
        using var database = await SqliteTestDatabase.MigratedAsync();
        var opener = Opener(database.Factory);

        for (var run = 0; run < 10; run++) await RunAsync(opener, alive: false);

        await using var db = await database.Factory.CreateDbContextAsync();
        Assert.Equal(0, await db.Incidents.CountAsync());
    }

    private IncidentOpener Opener(IDbContextFactory<DashboardDbContext> contexts) =>
        new(new IncidentWorkflow(TestWorkflows.Units(contexts), new IncidentQueries(contexts), new ChangeHistory(contexts, new CatalogRepository(contexts), []),
            new SilentNotifier(), _time), _store, new IncidentOpeningRule(3, TimeSpan.FromMinutes(1)), NullLogger<IncidentOpener>.Instance);

    /// <summary>One probe run 10 s after the last, its transitions handed to the opener as the scheduler does.</summary>
    private async Task RunAsync(IncidentOpener opener, bool alive)
    {
        _time.Advance(TimeSpan.FromSeconds(10));
        var now = _time.GetUtcNow();
        var probe = new InstanceProbe("http://127.0.0.1:7101", new ProbeCheck(alive, now, alive ? "200 in 5 ms" : "connection refused"),
            new ProbeCheck(alive, now, alive ? "200 in 6 ms" : "connection refused"));
        var transitions = _store.Apply(new HealthSourceReading(HealthSourceStatus.Ok("probes", HealthSourceKind.Probes, "1 target probed", now),
            [new HealthObservation("billing-api", "staging", [probe], [])]));
        await opener.HandleAsync(transitions, CancellationToken.None);
    }

    private sealed class SilentFeed : ILiveFeed
    {
        public void Publish(FeedEvent change) { }

        public IDisposable Subscribe(IReadOnlySet<FeedTopic> topics, Func<IReadOnlyList<FeedEvent>, CancellationToken, Task> onChanges, TimeSpan? minimumInterval = null) =>
            throw new NotSupportedException("Nothing subscribes in these tests.");
    }

    private sealed class SilentNotifier : IIncidentNotifier
    {
        public bool Notify(IncidentNotification notification) => true;
    }
}
