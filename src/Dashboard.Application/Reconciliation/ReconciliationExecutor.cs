using Dashboard.Application.Leases;
using Dashboard.Application.Live;
using Dashboard.Application.Persistence;
using Dashboard.Domain.Reconciliation;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Dashboard.Application.Reconciliation;

/// <summary>
/// The background work of one run, done by exactly one dashboard instance (the holder of the run's lease): classifying the
/// found transactions against the gateway, then executing the plan one transaction at a time, in order. Every step is
/// recorded as claimed and saved before its call is sent, and every call carries the step's idempotency key, so a run resumed
/// after a crash finishes a claimed step with the same key (the gateway and the ledger replay it) and never acts twice.
/// A transient gateway fault leaves the step claimed for the next attempt; a refusal fails the transaction; a wrong key or a
/// read-only ledger pauses the whole run with the reason.
/// </summary>
public sealed partial class ReconciliationExecutor(
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

    public static string LeaseName(Guid runId) => $"reconciliation-run/{runId:N}";

    /// <summary>Does the run's pending background work if this instance gets its lease; returns when it is done, paused, cancelled or the lease is lost.</summary>
    public async Task ProcessAsync(Guid runId, string holder, CancellationToken cancellationToken)
    {
        var lease = LeaseName(runId);
        if (!await leases.TryAcquireAsync(lease, holder, _leaseDuration, cancellationToken)) return;
        try
        {
            await ClassifyIfFoundAsync(runId, cancellationToken);
            while (await leases.TryAcquireAsync(lease, holder, _leaseDuration, cancellationToken)
                   && await ExecuteNextAsync(runId, cancellationToken))
            {
            }
        }
        finally
        {
            await leases.ReleaseAsync(lease, holder, CancellationToken.None);
        }
    }

    /// <summary>Reads every found transaction from the gateway (rate-limited by the adapter) and records the decision table's answer.</summary>
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
            var classified = new List<ClassifiedTransaction>(transactions.Count);
            foreach (var transaction in transactions)
            {
                var snapshot = await GatewayReader.SnapshotAsync(gateway, transaction, cancellationToken);
                classified.Add(new ClassifiedTransaction(transaction, snapshot, table.Classify(snapshot, transaction.ToSnapshot(), now)));
                progress.Report(runId, classified.Count, transactions.Count);
                if (classified.Count % 50 == 0) Publish(runId);
            }

            await using var unit = await units.BeginAsync(cancellationToken);
            var current = await unit.ReconciliationRuns.FindAsync(runId, cancellationToken);
            if (current?.State != ReconciliationRunState.Found) return;
            var before = current.Events.Count;
            if (classified.Count == 0)
                current.Cancel(RunActors.ExecutorFor(current), "No transaction matches the criteria any more: nothing to classify.", time.GetUtcNow());
            else
                current.Classify(RunActors.ExecutorFor(current), classified, time.GetUtcNow());
            await SaveAsync(unit, current, before, cancellationToken);
        }
        finally
        {
            progress.Forget(runId);
        }
    }

    /// <summary>Acts on the next transaction of an executing run; false when there is nothing more to do now.</summary>
    public async Task<bool> ExecuteNextAsync(Guid runId, CancellationToken cancellationToken)
    {
        await using var unit = await units.BeginAsync(cancellationToken);
        var run = await unit.ReconciliationRuns.FindForStepAsync(runId, cancellationToken);
        if (run?.State != ReconciliationRunState.Executing || run.NextItem() is not { } item) return false;
        var before = run.Events.Count;

        string? change;
        try
        {
            change = item.HasStarted ? null : await ChangedSincePreviewAsync(item, cancellationToken);
        }
        catch (PaymentGatewayException error) when (error.Kind == PaymentGatewayErrorKind.Authentication)
        {
            // A wrong key fails the first read, before any write: every later item would fail alike, so the run waits for the fix.
            return await PauseAsync(run, $"The gateway refused the API key: {error.Message}", cancellationToken);
        }
        if (change is not null)
            return await FinishAsync(unit, run, item, ItemOutcome.SkippedChanged, change, before, cancellationToken);

        var escalated = false;
        foreach (var step in item.Steps.Where(s => !s.IsDone).ToList())
        {
            run.RecordStepClaimed(item.TransactionId, step.Action, time.GetUtcNow());
            await unit.SaveAsync(cancellationToken);
            string? escalation;
            try
            {
                escalation = await PerformAsync(item, step, cancellationToken);
            }
            catch (PaymentGatewayException error) when (error.IsTransient)
            {
                // The step stays claimed; the next attempt sends it again with the same key.
                LogTransient(runId, item.TransactionId, step.Action.ToWire(), error.Message);
                throw;
            }
            catch (PaymentGatewayException error) when (error.Kind == PaymentGatewayErrorKind.Authentication)
            {
                return await PauseAsync(run, $"The gateway refused the API key: {error.Message}", cancellationToken);
            }
            catch (LedgerException error) when (error.Kind == LedgerErrorKind.ReadOnly)
            {
                return await PauseAsync(run, error.Message, cancellationToken);
            }
            catch (Exception error) when (error is PaymentGatewayException or LedgerException)
            {
                return await FinishAsync(unit, run, item, ItemOutcome.Failed, $"'{step.Action.ToWire()}' was refused: {error.Message}", before, cancellationToken);
            }
            if (escalation is not null)
                return await FinishAsync(unit, run, item, ItemOutcome.Escalated, escalation, before, cancellationToken);
            run.RecordStepDone(item.TransactionId, step.Action, time.GetUtcNow());
            escalated |= step.Action == ReconciliationAction.Escalate;
        }
        return escalated
            ? await FinishAsync(unit, run, item, ItemOutcome.Escalated, "Handed to a person, as the decision table says: " + item.Proposed.Rule, before, cancellationToken)
            : await FinishAsync(unit, run, item, ItemOutcome.Done, $"Done: {string.Join(", ", item.EffectiveActions.Select(a => a.ToWire()))}.", before, cancellationToken);
    }

    private async Task<string?> ChangedSincePreviewAsync(ReconciliationItem item, CancellationToken cancellationToken)
    {
        var transaction = await ledger.GetAsync(item.TransactionId, cancellationToken);
        if (transaction is null) return $"Transaction {item.TransactionId} is no longer in the ledger.";
        return item.ChangeSince(await GatewayReader.SnapshotAsync(gateway, transaction, cancellationToken), transaction.ToSnapshot());
    }

    /// <summary>Sends one step; returns why the transaction goes to a person instead, or null when the step was done.</summary>
    private async Task<string?> PerformAsync(ReconciliationItem item, ItemStep step, CancellationToken cancellationToken)
    {
        var key = step.IdempotencyKey;
        switch (step.Action)
        {
            case ReconciliationAction.Capture:
                await gateway.CaptureAsync(RequireReference(item), null, key, cancellationToken);
                break;
            case ReconciliationAction.Cancel:
                await gateway.CancelAsync(RequireReference(item), key, cancellationToken);
                break;
            case ReconciliationAction.Refund:
                await gateway.RefundAsync(RequireReference(item), null, key, cancellationToken);
                break;
            case ReconciliationAction.LookupByReference:
                var payments = await gateway.FindByMerchantReferenceAsync(item.MerchantReference, cancellationToken);
                if (payments.Count != 1)
                    return payments.Count == 0
                        ? $"The gateway has no payment for order reference {item.MerchantReference}: a person decides."
                        : $"The gateway has {payments.Count} payments for order reference {item.MerchantReference}: a person decides which is this attempt.";
                await CorrectAsync(item, LedgerCorrectionKind.RecordGatewayReference, key, payments[0].Reference, cancellationToken);
                return null;
            case ReconciliationAction.Escalate:
            case ReconciliationAction.Wait:
                return null;
        }
        if (LedgerCorrection.For(step.Action) is { } kind)
            await CorrectAsync(item, kind, key, null, cancellationToken);
        return null;
    }

    private async Task CorrectAsync(ReconciliationItem item, LedgerCorrectionKind kind, string key, string? reference, CancellationToken cancellationToken)
    {
        var current = await ledger.GetAsync(item.TransactionId, cancellationToken)
            ?? throw new LedgerException(LedgerErrorKind.NotFound, $"Transaction {item.TransactionId} is no longer in the ledger.");
        await ledger.ApplyAsync(new LedgerCorrection(item.TransactionId, current.Version, kind, key,
            $"Reconciliation run {item.RunId}: {item.Override?.Reason ?? item.Proposed.Rule}", reference), cancellationToken);
    }

    private static string RequireReference(ReconciliationItem item) =>
        item.GatewayReference ?? throw new PaymentGatewayException(PaymentGatewayErrorKind.InvalidRequest,
            $"Transaction {item.TransactionId} has no gateway reference, so nothing can be sent for it: look it up by reference first.");

    private async Task<bool> FinishAsync(IUnitOfWork unit, ReconciliationRun run, ReconciliationItem item, ItemOutcome outcome, string reason, int before, CancellationToken cancellationToken)
    {
        run.RecordOutcome(item.TransactionId, outcome, reason, time.GetUtcNow());
        unit.Audit.Record(ReconciliationAudit.Outcome(run, item, RunActors.ExecutorFor(run).UserId));
        await SaveAsync(unit, run, before, cancellationToken);
        return run.State == ReconciliationRunState.Executing;
    }

    private async Task<bool> PauseAsync(ReconciliationRun step, string reason, CancellationToken cancellationToken)
    {
        LogPaused(step.Id, reason);
        // The step's run holds only its next transactions, and the pause event counts all that remain: read it whole. The claim is saved.
        await using var unit = await units.BeginAsync(cancellationToken);
        var run = await unit.ReconciliationRuns.FindAsync(step.Id, cancellationToken);
        if (run?.State != ReconciliationRunState.Executing) return false;
        var before = run.Events.Count;
        run.Pause(RunActors.ExecutorFor(run), time.GetUtcNow(), reason);
        unit.Audit.Record(new Domain.Audit.AuditRecord(time.GetUtcNow(), run.PreparedById, "reconciliation.paused-on-fault", $"reconciliation/{run.Id}", null,
            new Domain.Audit.AuditSide(State: run.State.ToString(), Description: reason)));
        await SaveAsync(unit, run, before, cancellationToken);
        return false;
    }

    private async Task SaveAsync(IUnitOfWork unit, ReconciliationRun run, int before, CancellationToken cancellationToken)
    {
        foreach (var record in ReconciliationAudit.EventsAfter(run, before)) unit.Audit.Record(record);
        await unit.SaveAsync(cancellationToken);
        Publish(run.Id);
    }

    private void Publish(Guid runId) => feed.Publish(new FeedEvent(FeedTopic.Reconciliation, runId.ToString(), time.GetUtcNow()));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Run {RunId}: '{Action}' of transaction {TransactionId} met a transient gateway fault ({Reason}); it is sent again with the same key")]
    private partial void LogTransient(Guid runId, string transactionId, string action, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Run {RunId} paused: {Reason}")]
    private partial void LogPaused(Guid runId, string reason);
}
