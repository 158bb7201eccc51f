using Dashboard.Domain.Access;
using Dashboard.Domain.BlastRadius;
using Dashboard.Domain.Proposals;
using Dashboard.Application.BlastRadius;
using Dashboard.Application.Health;
using Dashboard.Domain.Health;
using Microsoft.Extensions.Time.Testing;
using Dashboard.Application.ChangeWatch;
using Dashboard.Application.Proposals;
using Dashboard.Infrastructure.ConfigStores;
using Dashboard.Infrastructure.DemoWorld;
using Dashboard.Infrastructure.Persistence;
using Dashboard.Infrastructure.Persistence.Accounts;
using Dashboard.Infrastructure.Persistence.Repositories;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Tests.Proposals;

/// <summary>
/// A migrated SQLite file seeded with the demo world (catalog, accounts, the local config store) and the real
/// proposal service over it, so the pages act through the same pipeline as the host.
/// </summary>
internal sealed class ProposalTestWorld : IDbContextFactory<DashboardDbContext>, IDisposable
{
    public const string Store = "contoso-shared-config";
    public const string Key = DemoConfiguration.StoryKey;

    public static readonly ProposalActor Engineer = new("engineer", "Erin Engineer", [Roles.Engineer]);
    /// <summary>Of the teams owning billing-api (payments) and invoice-renderer (documents), as the demo account "approver" is.</summary>
    public static readonly ProposalActor Approver = new("approver", "Avery Approver", [Roles.Approver], ["payments", "documents"]);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "dashboard-web-tests", Guid.NewGuid().ToString("N"));
    private readonly DbContextOptions<SqliteDashboardDbContext> _options;
    private readonly ChannelLiveFeed _healthFeed = new();

    private ProposalTestWorld()
    {
        var database = new DatabaseOptions { Provider = "Sqlite", DataFolder = _folder };
        _options = new DbContextOptionsBuilder<SqliteDashboardDbContext>().UseSqlite(database.ResolveConnectionString() + ";Pooling=False").Options;
        Database = database;
        ConfigStores = new LocalConfigStoreRegistry(this, TimeProvider.System);
        var stores = new ConfigStoreClientFactory(ConfigStores, Options.Create(new ConfigStoreConnectionOptions()));
        var units = new EfUnitOfWorkFactory(this, new Infrastructure.Persistence.Audit.AuditWriter(TestAuditKey));
        Queries = new ProposalQueries(this);
        var healthOptions = new HealthSeriesOptions { StagingSoak = StagingSoak.DefaultSoak };
        StagingHealth = new HealthSeriesStore(_healthFeed, HealthClock, healthOptions);
        var watchList = new HealthWatchList([new WatchedEndpoint("billing-api", "staging", [new Uri("http://127.0.0.1:7101")], "/health/live", "/health/ready",
            HealthThresholds.Default, ReadinessWiring.Unknown)]);
        StagingHealth.Watch(watchList);
        var evidence = new StagingEvidenceReader(new StagingSoakEvidence(StagingHealth, new FixedWatchList(watchList), HealthClock), healthOptions, HealthClock);
        var radius = new FixedRadius(this);
        Service = new ProposalWorkflow(units, new CatalogRepository(this), stores, Time, radius, evidence);
        GatePolicies = new GatePolicySettings(units, Time);
        Detector = new OutOfBandChangeDetector(units, new BypassedChangeQueries(this), new CatalogRepository(this), stores, new ChangeWatchStatus(), Time, radius);
        BypassActions = new BypassedChangeActions(units, Service, new CatalogRepository(this), Time);
        InterruptedWrites = new InterruptedWrites(units, Queries, new CatalogRepository(this), stores, Time, InterruptedWrites.DefaultClaimTimeout);
    }

    /// <summary>The clock of the staging health evidence; tests move it to a time after the staging apply.</summary>
    public FakeTimeProvider HealthClock { get; } = new(new DateTimeOffset(2026, 11, 27, 8, 0, 0, TimeSpan.Zero));
    /// <summary>Staging health of billing-api; empty unless a test records some, so verification falls back to the checklist.</summary>
    public HealthSeriesStore StagingHealth { get; }
    public DatabaseOptions Database { get; }
    public LocalConfigStoreRegistry ConfigStores { get; }
    public SteppingClock Time { get; } = new(new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero));
    public static readonly Infrastructure.Persistence.Audit.AuditKey TestAuditKey =
        new(System.Security.Cryptography.RandomNumberGenerator.GetBytes(Infrastructure.Persistence.Audit.AuditKey.MinimumBytes));
    public ProposalWorkflow Service { get; }
    public GatePolicySettings GatePolicies { get; }
    public IProposalQueries Queries { get; }
    public OutOfBandChangeDetector Detector { get; }
    public BypassedChangeActions BypassActions { get; }
    public InterruptedWrites InterruptedWrites { get; }

    public static async Task<ProposalTestWorld> SeededAsync()
    {
        var world = new ProposalTestWorld();
        var initializer = new DatabaseInitializer(world, Options.Create(world.Database),
            new DemoWorldSeeder(new LocalAccountStore(world), world.ConfigStores, TimeProvider.System), NullLogger<DatabaseInitializer>.Instance);
        await initializer.InitializeAsync(seedDemoWorld: true, CancellationToken.None);
        // The story's past portal edit is seeded too; these tests make their own changes outside the pipeline.
        await using var db = world.CreateDbContext();
        await db.BypassedChanges.ExecuteDeleteAsync();
        return world;
    }

    public DashboardDbContext CreateDbContext() => new SqliteDashboardDbContext(_options);

    public Task<Proposal> ProposeAsync(string value = "0.0825", string key = Key, string? contentType = null, ProposalActor? author = null) =>
        Service.CreateAsync(author ?? Engineer, new NewProposal(Store, key, value, contentType, false, "2027 tax rules"), CancellationToken.None);

    /// <summary>Applied to staging and verified by its author, waiting for an approval.</summary>
    public async Task<Proposal> StagingVerifiedAsync(ProposalActor author)
    {
        var proposal = await ProposeAsync(author: author);
        await Service.ApplyToStagingAsync(proposal.Id, author, CancellationToken.None);
        return await Service.VerifyStagingAsync(proposal.Id, author,
            new StagingChecklist([new StagingChecklistItem("invoice totals unchanged", true)]), CancellationToken.None);
    }

    public async Task<Proposal> StoredAsync(Guid id) => (await Queries.GetAsync(id, CancellationToken.None))!;

    /// <summary>One minute of billing-api staging telemetry a minute for <paramref name="minutes"/>, the health clock moving on with them.</summary>
    public void RecordStagingHealth(int minutes, long requests, long serverErrors)
    {
        for (var i = 0; i < minutes; i++)
        {
            var minute = HealthClock.GetUtcNow();
            HealthClock.Advance(TimeSpan.FromMinutes(1));
            StagingHealth.Apply(new HealthSourceReading(HealthSourceStatus.Ok("probes", HealthSourceKind.Probes, "test", HealthClock.GetUtcNow()),
                [new HealthObservation("billing-api", "staging", [], [new RequestSample(minute, requests, serverErrors, 0, 120)])]));
        }
    }

    public void Dispose()
    {
        _healthFeed.Dispose();
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    /// <summary>What later analyses find: set to make the radius grow after a proposal was submitted.</summary>
    public RiskLevel RiskNow { get; set; } = RiskLevel.High;
    public List<string> AlsoAffectedNow { get; } = [];

    private sealed class FixedWatchList(HealthWatchList watchList) : IHealthWatchListSource
    {
        public Task<HealthWatchList> LoadAsync(CancellationToken cancellationToken) => Task.FromResult(watchList);
    }

    /// <summary>
    /// Every analysis reaches billing-api (high risk unless <see cref="RiskNow"/> says otherwise), so the pages have a recorded radius to show;
    /// as the real analysis, it reports "not validated in staging" until staging is verified.
    /// </summary>
    private sealed class FixedRadius(ProposalTestWorld world) : IBlastRadiusService
    {
        public Task<BlastRadius> AnalyzeAsync(ProposedChange change, string environment, bool validatedInStaging, CancellationToken cancellationToken) =>
            Task.FromResult(new BlastRadius(change.Key, change.Label, world.RiskNow, "billing-api reads it on every invoice",
                [new AffectedService("billing-api", ["reads it in TaxCalculator"], true, SeesChange.OnRefresh, []),
                 .. world.AlsoAffectedNow.Select(s => new AffectedService(s, ["reads it"], false, SeesChange.OnRestart, []))], [], [], [],
                validatedInStaging ? [] : [new RadiusRisk(BlastRadiusRules.NotValidatedInStaging, null, "not applied and verified in staging", "proposed change")]));
    }
}
