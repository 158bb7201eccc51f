using Dashboard.Domain.Access;
using Dashboard.Domain.ConfigStores;
using Dashboard.Domain.Proposals;
using Dashboard.Infrastructure.ConfigStores;
using Dashboard.Infrastructure.DemoWorld;
using Dashboard.Infrastructure.Persistence;
using Dashboard.Application.Audit;
using Dashboard.Application.ChangeWatch;
using Dashboard.Application.Proposals;
using Dashboard.Infrastructure.Persistence.Repositories;
using Dashboard.Infrastructure.Tests.Persistence;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Infrastructure.Tests.Proposals;

/// <summary>A seeded SQLite database (demo catalog and keys), its local store, and the proposal workflow over them.</summary>
internal sealed class ProposalPipeline : IDisposable
{
    public const string Store = "contoso-shared-config";
    public const string Key = DemoConfiguration.StoryKey;

    public static readonly ProposalActor Engineer = new("engineer", "Erin Engineer", [Roles.Engineer]);
    public static readonly ProposalActor Approver = new("approver", "Avery Approver", [Roles.Approver]);

    private ProposalPipeline(SqliteTestDatabase database, IBlastRadiusServiceHolder radius, Func<IConfigStoreClientFactory, IConfigStoreClientFactory>? wrapStores)
    {
        Database = database;
        // Sub-millisecond ticks on purpose: the audit hashes must survive the round trip through the database.
        Time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero).AddTicks(1_234_567));
        BlastRadius = radius.Service;
        IConfigStoreClientFactory realStores = new ConfigStoreClientFactory(database.ConfigStores, Options.Create(new ConfigStoreConnectionOptions()));
        var stores = wrapStores?.Invoke(realStores) ?? realStores;
        var units = TestWorkflows.Units(database.Factory);
        Stores = stores;
        Units = units;
        Queries = new ProposalQueries(database.Factory);
        Audit = new AuditLog(database.Factory, TestWorkflows.Key);
        Service = new ProposalWorkflow(units, new CatalogRepository(database.Factory), stores, Time, BlastRadius);
        Detector = new OutOfBandChangeDetector(units, new BypassedChangeQueries(database.Factory), new CatalogRepository(database.Factory), stores, new ChangeWatchStatus(), Time,
            BlastRadius, Notifications);
        BypassActions = new BypassedChangeActions(units, Service, new CatalogRepository(database.Factory), Time);
    }

    public SqliteTestDatabase Database { get; }
    public IConfigStoreClientFactory Stores { get; }
    public Dashboard.Application.Persistence.IUnitOfWorkFactory Units { get; }
    public FakeTimeProvider Time { get; }
    public FakeBlastRadiusService BlastRadius { get; }
    public ProposalWorkflow Service { get; }
    public IProposalQueries Queries { get; }
    public IAuditLog Audit { get; }
    public OutOfBandChangeDetector Detector { get; }
    public BypassedChangeActions BypassActions { get; }
    public RecordingChangeNotifier Notifications { get; } = new();
    public IConfigStoreClient StoreClient => Database.ConfigStores.Get(Store);

    /// <param name="wrapStores">Puts a fault-injecting client around the real local store, e.g. one that dies after writing.</param>
    public static async Task<ProposalPipeline> SeededAsync(Func<IConfigStoreClientFactory, IConfigStoreClientFactory>? wrapStores = null)
    {
        var database = new SqliteTestDatabase();
        await database.Initializer.InitializeAsync(seedDemoWorld: true, CancellationToken.None);
        // The demo's past incident seeds the story's portal edit; these tests count the watcher's own findings.
        await using (var db = database.Factory.CreateDbContext())
            await db.BypassedChanges.ExecuteDeleteAsync();
        return new ProposalPipeline(database, new IBlastRadiusServiceHolder(new FakeBlastRadiusService()), wrapStores);
    }

    /// <summary>The recovery of interrupted writes over the same database and stores, settling claims older than <paramref name="timeout"/>.</summary>
    public InterruptedWrites Recovery(TimeSpan timeout) =>
        new(Units, Queries, new CatalogRepository(Database.Factory), Stores, Time, timeout);

    public Task<Proposal> ProposeAsync(string value = "0.0825") =>
        Service.CreateAsync(Engineer, new NewProposal(Store, Key, value, null, false, "2027 tax rules"), CancellationToken.None);

    public async Task<Proposal> ApprovedAsync(string value = "0.0825")
    {
        var proposal = await ProposeAsync(value);
        await Service.ApplyToStagingAsync(proposal.Id, Engineer, CancellationToken.None);
        // A high-risk change counts as verified on staging only once the affected services have had time to read it.
        Time.Advance(RiskGate.DefaultRefreshInterval);
        await Service.VerifyStagingAsync(proposal.Id, Engineer, new StagingChecklist([new StagingChecklistItem("invoice totals unchanged", true)]), CancellationToken.None);
        return await Service.ApproveAsync(proposal.Id, Approver, "watch billing-api errors; roll back on any rise", CancellationToken.None);
    }

    public async Task<string?> ValueAsync(string label) => (await StoreClient.GetSettingAsync(Key, label)).Setting?.Value;

    public void Dispose() => Database.Dispose();

    private sealed record IBlastRadiusServiceHolder(FakeBlastRadiusService Service);
}
