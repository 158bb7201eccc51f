using Dashboard.Application.Errors;
using Dashboard.Application.Incidents;
using Dashboard.Application.Notifications;
using Dashboard.Domain.Access;
using Dashboard.Domain;
using Dashboard.Domain.Health;
using Dashboard.Domain.Incidents;
using Dashboard.Infrastructure.DemoWorld;
using Dashboard.Infrastructure.Incidents;
using Dashboard.Infrastructure.Persistence;
using Dashboard.Infrastructure.Persistence.Repositories;
using Dashboard.Infrastructure.Tests.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Dashboard.Infrastructure.Tests.Incidents;

/// <summary>The incident workflow on a real SQLite file, composed as the host composes it.</summary>
public sealed class IncidentWorkflowTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);
    private static readonly IncidentActor OnCall = new("alex", "Alex On-call", [Roles.OnCall]);
    private static readonly IncidentActor Viewer = new("vic", "Vic Viewer", [Roles.Viewer]);

    private readonly FakeTimeProvider _time = new(Now);
    private readonly RecordingNotifier _notifier = new();

    [Fact]
    public async Task OpenByHandAsync_ServiceAlreadyInOpenIncident_RefusedWithConflictNamingIt()
    {
        using var database = await SqliteTestDatabase.MigratedAsync();
        var workflow = Workflow(database.Factory);
        var first = await workflow.OpenByHandAsync(OnCall, Request("billing-api"), CancellationToken.None);

        var refused = await Assert.ThrowsAsync<ConflictException>(() => workflow.OpenByHandAsync(OnCall, Request("billing-api", "frontend"), CancellationToken.None));

        Assert.Contains(first.Id.ToString(), refused.Message, StringComparison.Ordinal);
        Assert.Single(await new IncidentQueries(database.Factory).ListAsync(10, CancellationToken.None));
    }

    [Fact]
    public async Task OpenByHandAsync_UnknownSeverity_InputExceptionNamingSeverity()
    {
        using var database = await SqliteTestDatabase.MigratedAsync();

        var refused = await Assert.ThrowsAsync<InputException>(() =>
            Workflow(database.Factory).OpenByHandAsync(OnCall, Request("billing-api") with { Severity = "sev1" }, CancellationToken.None));

        Assert.Equal("severity", refused.Field);
    }

    [Fact]
    public async Task OpenByHandAsync_ByViewer_RefusedAndNothingSaved()
    {
        using var database = await SqliteTestDatabase.MigratedAsync();

        await Assert.ThrowsAsync<DomainException>(() => Workflow(database.Factory).OpenByHandAsync(Viewer, Request("billing-api"), CancellationToken.None));

        Assert.Empty(await new IncidentQueries(database.Factory).ListAsync(10, CancellationToken.None));
    }

    [Fact]
    public async Task OpenAutomaticallyAsync_TwoInstancesAtOnce_OneIncidentOpened()
    {
        using var database = await SqliteTestDatabase.MigratedAsync();
        var first = Workflow(database.Factory);
        var second = Workflow(OtherInstance(database));
        var trigger = new HealthTransition("billing-api", "staging", HealthState.Healthy, HealthState.Unhealthy, Now.AddMinutes(-2), "no instance answers liveness");

        var attempts = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Attempt(i % 2 == 0 ? first : second)));

        await using var db = await database.Factory.CreateDbContextAsync();
        Assert.Equal(1, await db.Incidents.CountAsync());
        Assert.Equal(1, attempts.Count(opened => opened));

        async Task<bool> Attempt(IncidentWorkflow workflow)
        {
            try
            {
                return await workflow.OpenAutomaticallyAsync(trigger, trigger.At, "billing-api has been unhealthy for 3 observations", CancellationToken.None) is not null;
            }
            catch (DbUpdateException)
            {
                // The other instance's insert won the unique open key.
                return false;
            }
        }
    }

    [Fact]
    public async Task AcknowledgeNoteResolve_InTurn_TimelineAuditAndNotificationsRecorded()
    {
        using var database = await SqliteTestDatabase.MigratedAsync();
        var workflow = Workflow(database.Factory);
        var incident = await workflow.OpenByHandAsync(OnCall, Request("billing-api"), CancellationToken.None);

        await workflow.AcknowledgeAsync(incident.Id, OnCall, CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(5));
        await workflow.AddNoteAsync(incident.Id, OnCall, "billing-api reconnects take 8–12 s", CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(5));
        await workflow.ResolveAsync(incident.Id, OnCall, "rolled back tax.rate.default", CancellationToken.None);

        var details = await workflow.DetailsAsync(incident.Id, CancellationToken.None);
        Assert.Equal([TimelineEntryKind.Opened, TimelineEntryKind.CommanderAssigned, TimelineEntryKind.Note, TimelineEntryKind.StatusChange],
            details.Timeline.Select(e => e.Kind));
        Assert.Equal((IncidentStatus.Resolved, "Alex On-call", Now.AddMinutes(10)), (details.Incident.Status, details.Incident.CommanderName, details.Incident.ResolvedAt));
        await using var db = await database.Factory.CreateDbContextAsync();
        Assert.Equal(["incident.opened", "incident.acknowledged", "incident.note", "incident.resolved"],
            await db.AuditEntries.Where(a => a.Subject == $"incident/{incident.Id}").OrderBy(a => a.Sequence).Select(a => a.Action).ToListAsync());
        Assert.Equal([IncidentNotificationKind.Opened, IncidentNotificationKind.Resolved], _notifier.Sent.Select(n => n.Kind));
    }

    [Fact]
    public async Task ResolveAsync_WithoutNote_InputExceptionAndStillOpen()
    {
        using var database = await SqliteTestDatabase.MigratedAsync();
        var workflow = Workflow(database.Factory);
        var incident = await workflow.OpenByHandAsync(OnCall, Request("billing-api"), CancellationToken.None);

        var refused = await Assert.ThrowsAsync<InputException>(() => workflow.ResolveAsync(incident.Id, OnCall, " ", CancellationToken.None));

        Assert.Equal("note", refused.Field);
        Assert.Equal(IncidentStatus.Investigating, (await workflow.DetailsAsync(incident.Id, CancellationToken.None)).Incident.Status);
    }

    [Fact]
    public async Task RecordTransitionsAsync_ServiceOfOpenIncidentRecovers_OnItsTimeline()
    {
        using var database = await SqliteTestDatabase.MigratedAsync();
        var workflow = Workflow(database.Factory);
        var incident = await workflow.OpenByHandAsync(OnCall, Request("billing-api"), CancellationToken.None);

        await workflow.RecordTransitionsAsync([
            new HealthTransition("billing-api", "production", HealthState.Unhealthy, HealthState.Healthy, Now.AddMinutes(1), "all instances ready"),
            new HealthTransition("frontend", "production", HealthState.Healthy, HealthState.Degraded, Now.AddMinutes(1), "5xx 1 %"),
        ], CancellationToken.None);

        var details = await workflow.DetailsAsync(incident.Id, CancellationToken.None);
        Assert.Equal(["billing-api"], details.Timeline.Where(e => e.Kind == TimelineEntryKind.HealthTransition).Select(e => e.Reference));
    }

    [Fact]
    public async Task DetailsAsync_DemoWorldsPastIncident_PortalEditRankedFirstAndOnTimeline()
    {
        using var database = new SqliteTestDatabase();
        await database.Initializer.InitializeAsync(seedDemoWorld: true, CancellationToken.None);
        var workflow = Workflow(database.Factory);
        var seeded = Assert.Single(await new IncidentQueries(database.Factory).ListAsync(10, CancellationToken.None));

        var details = await workflow.DetailsAsync(seeded.Id, CancellationToken.None);

        var suspect = details.SuspectedChanges[0];
        Assert.Equal((DemoConfiguration.StoryKey, ChangeSource.OutOfBand, 1), (suspect.Change.Key, suspect.Change.Source, suspect.Rank));
        Assert.Contains("applied 12 s before the first 500s", suspect.Reason, StringComparison.Ordinal);
        Assert.Contains(details.Timeline, e => e.Kind == TimelineEntryKind.OutOfBandChange && e.At == details.Incident.StartedAt.AddSeconds(-12));
    }

    private IncidentWorkflow Workflow(IDbContextFactory<DashboardDbContext> contexts) => new(TestWorkflows.Units(contexts), new IncidentQueries(contexts),
        new ChangeHistory(contexts, new CatalogRepository(contexts), []), _notifier, _time);

    private static NewIncident Request(params string[] services) => new("billing failing", "high", "production", services, null);

    private static IDbContextFactory<DashboardDbContext> OtherInstance(SqliteTestDatabase database) =>
        new OtherInstanceFactory(new DbContextOptionsBuilder<SqliteDashboardDbContext>().UseSqlite(database.ConnectionString).Options);

    private sealed class OtherInstanceFactory(DbContextOptions<SqliteDashboardDbContext> options) : IDbContextFactory<DashboardDbContext>
    {
        public DashboardDbContext CreateDbContext() => new SqliteDashboardDbContext(options);
    }

    private sealed class RecordingNotifier : IIncidentNotifier
    {
        public List<IncidentNotification> Sent { get; } = [];

        public bool Notify(IncidentNotification notification)
        {
            lock (Sent) Sent.Add(notification);
            return true;
        }
    }
}
