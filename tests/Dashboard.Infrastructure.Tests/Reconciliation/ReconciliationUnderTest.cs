using Dashboard.Application.Live;
using Dashboard.Application.Reconciliation;
using Dashboard.Domain.Access;
using Dashboard.Domain.Reconciliation;
using Dashboard.Infrastructure.DemoWorld;
using Dashboard.Infrastructure.Ledger;
using Dashboard.Infrastructure.Persistence;
using Dashboard.Infrastructure.Persistence.Repositories;
using Dashboard.Infrastructure.Tests.Payments;
using Dashboard.Infrastructure.Tests.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Dashboard.Infrastructure.Tests.Reconciliation;

/// <summary>
/// The reconciliation workflow and executor composed as the host composes them: the dashboard's SQLite database, a writable
/// demo ledger of 2,000 transactions (the 847 stuck among them) and the Stripe sandbox on 127.0.0.1 seeded from the same world.
/// </summary>
internal sealed class ReconciliationUnderTest : IAsyncDisposable
{
    public static readonly ReconciliationActor Preparer = new("olivia", "Olivia Operator", [Roles.ReconciliationOperator]);
    public static readonly ReconciliationActor SecondOperator = new("adam", "Adam Approver", [Roles.Approver]);

    private readonly string _ledgerFolder;

    private ReconciliationUnderTest(SqliteTestDatabase database, GatewayUnderTest gateway, DemoLedger world, EfLedger ledger, string ledgerFolder)
    {
        Database = database;
        Gateway = gateway;
        World = world;
        Ledger = ledger;
        _ledgerFolder = ledgerFolder;
        Units = TestWorkflows.Units(database.Factory);
        Leases = new EfLeaseStore(database.Factory, TimeProvider.System);
        Feed = new LiveFeed(TimeProvider.System, NullLogger<LiveFeed>.Instance);
        Workflow = new ReconciliationWorkflow(Units, new ReconciliationRunQueries(database.Factory), ledger, new ReconciliationPolicy(), Feed, TimeProvider.System);
    }

    public SqliteTestDatabase Database { get; }
    public GatewayUnderTest Gateway { get; }
    public DemoLedger World { get; }
    public EfLedger Ledger { get; }
    public Dashboard.Application.Persistence.IUnitOfWorkFactory Units { get; }
    public EfLeaseStore Leases { get; }
    public LiveFeed Feed { get; }
    public ReconciliationWorkflow Workflow { get; }

    /// <summary>The authorised transactions of the outage window: captures, cancels and escalations, a few hundred of them.</summary>
    public ReconciliationCriteria OutageAuthorisations => ReconciliationCriteria.Create([LedgerState.Authorized], from: World.OutageStart, to: World.OutageEnd.AddSeconds(1));

    public static async Task<ReconciliationUnderTest> StartAsync()
    {
        var database = await SqliteTestDatabase.MigratedAsync();
        var anchor = DateTimeOffset.UtcNow;
        var world = DemoLedgerGenerator.Generate(new DateTimeOffset(anchor.UtcTicks - anchor.UtcTicks % TimeSpan.TicksPerMinute, TimeSpan.Zero), 2_000);
        var folder = Directory.CreateTempSubdirectory("recon-tests-").FullName;
        var factory = new LedgerFactory($"Data Source={Path.Combine(folder, "ledger.db")};Pooling=false");
        await using (var db = factory.CreateDbContext())
        {
            await db.Database.MigrateAsync();
            await DemoLedgerSeeder.SeedLedgerAsync(db, world, CancellationToken.None);
        }
        var gateway = await GatewayUnderTest.StartAsync();
        await DemoLedgerSeeder.SeedSandboxAsync(gateway.Sandbox.Store, world, CancellationToken.None);
        var ledger = new EfLedger(factory, Options.Create(new LedgerOptions { AllowWrites = true }), TimeProvider.System);
        return new ReconciliationUnderTest(database, gateway, world, ledger, folder);
    }

    public ReconciliationExecutor Executor(IPaymentGateway? gateway = null, int concurrency = 8) =>
        new(Units, Ledger, gateway ?? Gateway.Gateway, Leases, DecisionTable.Standard(), new RunProgressTracker(), Feed, TimeProvider.System,
            Options.Create(new ReconciliationOptions { ExecutionConcurrency = concurrency }), NullLogger<ReconciliationExecutor>.Instance);

    /// <summary>A run found, classified against the sandbox, approved by a second person and started.</summary>
    public async Task<ReconciliationRun> ExecutingRunAsync(ReconciliationCriteria criteria)
    {
        var run = await Workflow.CreateAsync(Preparer, criteria, CancellationToken.None);
        await Executor().ClassifyIfFoundAsync(run.Id, CancellationToken.None);
        var classified = await Workflow.GetAsync(run.Id, CancellationToken.None);
        if (classified.RequiresApproval)
            classified = await Workflow.ApproveAsync(run.Id, SecondOperator, classified.Plan.Hash, CancellationToken.None);
        return await Workflow.ExecuteAsync(run.Id, Preparer, classified.Plan.Hash, CancellationToken.None);
    }

    /// <summary>Gateway writes per payment intent and kind (capture, cancel, refund) as the sandbox recorded their effects.</summary>
    public async Task<IReadOnlyList<(string Intent, string Kind, int Count)>> EffectsAsync() => await Gateway.Sandbox.Store.EffectCountsAsync();

    public async ValueTask DisposeAsync()
    {
        await Gateway.DisposeAsync();
        Database.Dispose();
        try { Directory.Delete(_ledgerFolder, recursive: true); } catch (IOException) { }
    }

    private sealed class LedgerFactory(string connectionString) : IDbContextFactory<LedgerDbContext>
    {
        public LedgerDbContext CreateDbContext() =>
            new SqliteLedgerDbContext(new DbContextOptionsBuilder<SqliteLedgerDbContext>().UseSqlite(connectionString).Options);
    }
}
