using System.Globalization;
using BenchmarkDotNet.Attributes;
using Dashboard.Application.Persistence;
using Dashboard.Application.Reconciliation;
using Dashboard.Domain.Access;
using Dashboard.Domain.Reconciliation;
using Dashboard.Infrastructure.Persistence;
using Dashboard.TestHost;
using Dashboard.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Benchmarks;

/// <summary>
/// A run of 10,000 captures half executed, in the dashboard's SQLite database: what watching it costs (the whole run, as a
/// page or script read it before, against its progress alone) and what recording one batch of steps costs halfway through
/// (the run's header with only the batch's transactions and the next one to act on).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 10)]
public class ReconciliationRunReadBenchmarks
{
    private const int Transactions = 10_000;
    private DashboardTestHost _host = null!;
    private ReconciliationWorkflow _workflow = null!;
    private IUnitOfWorkFactory _units = null!;
    private Guid _runId;
    private int[] _batch = [];

    [GlobalSetup]
    public async Task SetupAsync()
    {
        // Without the background runner, which would otherwise take the executing run up and change it under the measurement.
        _host = await DashboardTestHost.StartAsync(new Dictionary<string, string> { ["Logging:LogLevel:Default"] = "Error" }, configure:
            builder => builder.Services.Remove(builder.Services.Single(s => s.ImplementationType == typeof(ReconciliationRunner))));
        var services = _host.App.Services;
        _workflow = services.GetRequiredService<ReconciliationWorkflow>();
        _units = services.GetRequiredService<IUnitOfWorkFactory>();
        var run = HalfExecutedRun();
        _runId = run.Id;
        _batch = [.. run.Items.Where(i => i.Resolution is null).OrderBy(i => i.Position).Take(8).Select(i => i.Position)];
        await using var db = await services.GetRequiredService<IDbContextFactory<DashboardDbContext>>().CreateDbContextAsync();
        db.ReconciliationRuns.Add(run);
        await db.SaveChangesAsync();
        Console.WriteLine($"// run of {run.Items.Count} transactions, {run.Progress.Finished} finished");
    }

    private static ReconciliationRun HalfExecutedRun()
    {
        var preparer = new ReconciliationActor("recon", "Rita Reconciliation", [Roles.ReconciliationOperator]);
        var approver = new ReconciliationActor("approver", "Ada Approver", [Roles.Approver]);
        var now = DateTimeOffset.UtcNow;
        var table = DecisionTable.Standard();
        var run = new ReconciliationRun(preparer, ReconciliationCriteria.Create([LedgerState.Authorized]), Transactions, new ReconciliationPolicy(), now);
        run.Classify(preparer, [.. Enumerable.Range(1, Transactions).Select(i =>
        {
            var id = i.ToString(CultureInfo.InvariantCulture);
            var ledger = new LedgerTransaction(id, $"ord-{id}", $"ord-{id}", $"pi_{id}", $"billing-{id}", 2500, "eur", LedgerState.Authorized,
                OrderState.AwaitingPayment, false, now.AddHours(-2), now.AddHours(-2), "1", []);
            var gateway = new GatewaySnapshot(GatewayStatus.RequiresCapture, 2500, 0, 0, 0, false, "eur", now.AddDays(5));
            return new ClassifiedTransaction(ledger, gateway, table.Classify(gateway, ledger.ToSnapshot(), now));
        })], now);
        run.Approve(approver, run.Plan.Hash, now);
        run.Start(preparer, run.Plan.Hash, now);
        foreach (var item in run.Items.Take(Transactions / 2).ToList())
        {
            foreach (var step in item.Steps.ToList()) run.RecordStepDone(item.TransactionId, step.Action, now);
            run.RecordOutcome(item.TransactionId, ItemOutcome.Done, "captured", now);
        }
        return run;
    }

    /// <summary>The whole run with its transactions, as the page re-read it every second while executing.</summary>
    [Benchmark(Baseline = true)]
    public async Task<int> ReadWholeRun() => (await _workflow.GetAsync(_runId, CancellationToken.None)).Items.Count;

    /// <summary>State, counts per outcome, pace and the outcomes of the 200 rows on screen: what the page reads now.</summary>
    [Benchmark]
    public async Task<int> ReadProgress() =>
        (await _workflow.ProgressAsync(_runId, Enumerable.Range(1, 200).ToHashSet(), CancellationToken.None)).Progress.Finished;

    /// <summary>What the executor's journal reads to record a batch of eight transactions' steps, halfway through.</summary>
    [Benchmark]
    public async Task<int> ReadForOneBatch()
    {
        await using var unit = await _units.BeginAsync(CancellationToken.None);
        return (await unit.ReconciliationRuns.FindForItemsAsync(_runId, _batch, CancellationToken.None))!.Items.Count;
    }

    [GlobalCleanup]
    public async Task CleanupAsync() => await _host.DisposeAsync();
}
