using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using Dashboard.Application.Leases;
using Dashboard.Application.Live;
using Dashboard.Application.Persistence;
using Dashboard.Domain.Reconciliation;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Dashboard.Application.Reconciliation;

/// <summary>
/// The background work of one run, done by exactly one dashboard instance (the holder of the run's lease): classifying the
/// found transactions against the gateway, then executing the plan, a bounded number of transactions at a time
/// (<see cref="ReconciliationOptions.ExecutionConcurrency"/>), each one's steps in order. Every step is recorded as claimed and
/// saved before its call is sent, and every call carries the step's idempotency key, so a run resumed after a crash finishes a
/// claimed step with the same key (the gateway and the ledger replay it) and never acts twice. A wrong key or a gateway whose
/// circuit breaker opened pauses the run with the reason, while classifying or executing; after the breaker the run resumes
/// by itself once the gateway answers again.
/// </summary>
public sealed class ReconciliationExecutor(
    IUnitOfWorkFactory units,
    ILedger ledger,
    IPaymentGateway gateway,
    ILeaseStore leases,
    DecisionTable table,
    RunProgressTracker progress,
    ILiveFeed feed,
    TimeProvider time,
    IOptions<ReconciliationOptions> options,
    ILogger<ReconciliationExecutor> logger)
{
    private readonly TimeSpan _leaseDuration = options.Value.ExecutionLease;
    private readonly int _concurrency = options.Value.ExecutionConcurrency;
    private readonly TransactionExecution _transactions = new(ledger, gateway, logger);

    /// <summary>A payment no gateway has: reading it shows whether the gateway answers without touching a real one.</summary>
    private const string ReachabilityProbe = "pi_dashboard_reachability_probe";

    public static string LeaseName(Guid runId) => $"reconciliation-run/{runId:N}";

    /// <summary>Does the run's pending background work if this instance gets its lease; returns when it is done, paused, cancelled or the lease is lost.</summary>
    public async Task ProcessAsync(Guid runId, string holder, CancellationToken cancellationToken)
    {
        var lease = new RunLease(leases, LeaseName(runId), holder, _leaseDuration, time);
        if (!await lease.EnsureAsync(cancellationToken)) return;
        try
        {
            if (!await ResumeIfGatewayAnswersAsync(runId, cancellationToken)) return;
            await ClassifyIfFoundAsync(runId, cancellationToken);
            await ExecuteAsync(runId, lease.EnsureAsync, int.MaxValue, _concurrency, cancellationToken);
        }
        finally
        {
            await lease.ReleaseAsync();
        }
    }

    /// <summary>Reads every found transaction from the gateway (rate-limited by the adapter, several at once) and records the decision table's answer.</summary>
    public async Task ClassifyIfFoundAsync(Guid runId, CancellationToken cancellationToken)
    {
        ReconciliationRun run;
        await using (var peek = await units.BeginAsync(cancellationToken))
        {
            var found = await peek.ReconciliationRuns.FindAsync(runId, cancellationToken);
            if (found?.State != ReconciliationRunState.Found) return;
            run = found;
        }
        try
        {
            var now = time.GetUtcNow();
            // The same "now" as the find, so "older than" selects the transactions the operator was shown.
            var transactions = (await ledger.FindAsync(run.Criteria, run.CreatedAt, run.Policy.MaxItemsPerRun, cancellationToken)).Transactions;
            var classified = new ClassifiedTransaction[transactions.Count];
            var read = 0;
            PaymentGatewayException? fault = null;
            try
            {
                await Parallel.ForAsync(0, transactions.Count, new ParallelOptions { MaxDegreeOfParallelism = _concurrency, CancellationToken = cancellationToken }, async (i, token) =>
                {
                    var transaction = transactions[i];
                    var snapshot = await GatewayReader.SnapshotAsync(gateway, transaction, token);
                    classified[i] = new ClassifiedTransaction(transaction, snapshot, table.Classify(snapshot, transaction.ToSnapshot(), now));
                    var count = Interlocked.Increment(ref read);
                    progress.Report(runId, count, transactions.Count);
                    if (count % 50 == 0) Publish(runId);
                });
            }
            catch (PaymentGatewayException error) when (error.Kind is PaymentGatewayErrorKind.Authentication or PaymentGatewayErrorKind.CircuitOpen)
            {
                // Every later read would fail alike: the run waits, saying why, instead of trying again every second.
                fault = error;
            }

            await using var unit = await units.BeginAsync(cancellationToken);
            var current = await unit.ReconciliationRuns.FindAsync(runId, cancellationToken);
            if (current?.State != ReconciliationRunState.Found) return;
            var before = current.Events.Count;
            var executor = RunActors.ExecutorFor(current);
            if (fault?.Kind == PaymentGatewayErrorKind.CircuitOpen)
                current.PauseUntilGatewayRecovers(executor, time.GetUtcNow(), fault.Message);
            else if (fault is not null)
                current.Pause(executor, time.GetUtcNow(), fault.Message);
            else if (classified.Length == 0)
                current.Cancel(executor, "No transaction matches the criteria any more: nothing to classify.", time.GetUtcNow());
            else
                current.Classify(executor, classified, time.GetUtcNow());
            foreach (var record in ReconciliationAudit.EventsAfter(current, before)) unit.Audit.Record(record);
            await unit.SaveAsync(cancellationToken);
            Publish(runId);
        }
        finally
        {
            progress.Forget(runId);
        }
    }

    /// <summary>
    /// Resumes a run that paused itself because the gateway stopped answering, once a read goes through again (the circuit
    /// breaker lets one through after its break); false while the gateway still fails, so the run stays paused. True for
    /// every other run.
    /// </summary>
    private async Task<bool> ResumeIfGatewayAnswersAsync(Guid runId, CancellationToken cancellationToken)
    {
        await using (var peek = await units.BeginAsync(cancellationToken))
        {
            if (!await peek.ReconciliationRuns.AwaitsGatewayAsync(runId, cancellationToken)) return true;
        }
        try
        {
            // Any answer but a failure will do, "no such payment" included: it proves the gateway answers and accepts the key.
            await gateway.GetPaymentAsync(ReachabilityProbe, cancellationToken);
        }
        catch (PaymentGatewayException error) when (error.IsTransient)
        {
            return false;
        }
        await using var unit = await units.BeginAsync(cancellationToken);
        var run = await unit.ReconciliationRuns.FindAsync(runId, cancellationToken);
        if (run is not { ResumesByItself: true }) return false;
        var before = run.Events.Count;
        run.Resume(RunActors.ExecutorFor(run), time.GetUtcNow());
        foreach (var record in ReconciliationAudit.EventsAfter(run, before)) unit.Audit.Record(record);
        await unit.SaveAsync(cancellationToken);
        Publish(runId);
        return true;
    }

    /// <summary>Acts on the next transaction of an executing run, alone; false when there is nothing more to do now.</summary>
    public Task<bool> ExecuteNextAsync(Guid runId, CancellationToken cancellationToken) =>
        ExecuteAsync(runId, _ => Task.FromResult(true), 1, 1, cancellationToken);

    /// <summary>
    /// Acts on up to <paramref name="limit"/> transactions in plan order, <paramref name="concurrency"/> at a time, until none is
    /// left, a claim is refused (paused, cancelled, lease lost) or a fault pauses the run; a transient gateway fault lets the
    /// transactions in flight finish and is then thrown. True when the run is still executing with more to do.
    /// </summary>
    private async Task<bool> ExecuteAsync(Guid runId, Func<CancellationToken, Task<bool>> mayClaim, int limit, int concurrency, CancellationToken cancellationToken)
    {
        ExceptionDispatchInfo? fault = null;
        var started = 0;
        await using (var journal = new RunJournal(runId, units, mayClaim, feed, time, logger, cancellationToken))
        {
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = cancellationToken };
            await Parallel.ForEachAsync(PendingAsync(runId, journal, limit, cancellationToken), parallel, async (item, token) =>
            {
                Interlocked.Increment(ref started);
                try
                {
                    await _transactions.ActAsync(item, journal, token);
                }
                catch (PaymentGatewayException error) when (error.IsTransient)
                {
                    journal.Stop();
                    Interlocked.CompareExchange(ref fault, ExceptionDispatchInfo.Capture(error), null);
                }
            });
            fault?.Throw();
            return started > 0 && journal.Executing && !journal.Stopped;
        }
    }

    /// <summary>The run's transactions still to act on, read a page at a time as the workers take them, until the journal stops.</summary>
    private async IAsyncEnumerable<ReconciliationItem> PendingAsync(Guid runId, RunJournal journal, int limit, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var page = Math.Min(limit, Math.Max(_concurrency * 4, 16));
        var after = 0;
        var handed = 0;
        while (handed < limit && !journal.Stopped)
        {
            IReadOnlyList<ReconciliationItem> items;
            await using (var unit = await units.BeginAsync(cancellationToken))
                items = await unit.ReconciliationRuns.PendingItemsAsync(runId, after, page, cancellationToken);
            if (items.Count == 0) yield break;
            foreach (var item in items)
            {
                if (handed == limit || journal.Stopped) yield break;
                handed++;
                after = item.Position;
                yield return item;
            }
        }
    }

    private void Publish(Guid runId) => feed.Publish(new FeedEvent(FeedTopic.Reconciliation, runId.ToString(), time.GetUtcNow()));
}
