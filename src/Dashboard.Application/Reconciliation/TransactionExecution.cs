using Dashboard.Domain.Reconciliation;
using Microsoft.Extensions.Logging;

namespace Dashboard.Application.Reconciliation;

/// <summary>
/// Acts on one transaction of an executing run: re-reads both sides just before the first step and skips it, with the reason,
/// if it changed since the preview; then sends each remaining step in plan order with its idempotency key, each claimed in the
/// run's journal before it is sent. A refusal fails the transaction; a wrong key, a read-only ledger or an open circuit breaker
/// pauses the whole run; a transient fault leaves the step claimed and is thrown, so the next attempt sends it again with the same key.
/// </summary>
internal sealed partial class TransactionExecution(ILedger ledger, IPaymentGateway gateway, ILogger logger)
{
    public async Task ActAsync(ReconciliationItem item, RunJournal journal, CancellationToken cancellationToken)
    {
        if (!item.HasStarted)
        {
            string? change;
            try
            {
                change = await ChangedSincePreviewAsync(item, cancellationToken);
            }
            catch (PaymentGatewayException error) when (error.Kind is PaymentGatewayErrorKind.Authentication or PaymentGatewayErrorKind.CircuitOpen)
            {
                // A wrong key or a gateway that stopped answering fails every later transaction alike: the run waits for the fix.
                await journal.PauseAsync(error.Message, error.Kind == PaymentGatewayErrorKind.CircuitOpen, cancellationToken);
                return;
            }
            if (change is not null)
            {
                await journal.FinishAsync(item, ItemOutcome.SkippedChanged, change, null, cancellationToken);
                return;
            }
        }

        ReconciliationAction? done = null;
        var escalated = false;
        foreach (var step in item.Steps.Where(s => !s.IsDone))
        {
            if (!await journal.ClaimAsync(item, step.Action, done, cancellationToken)) return;
            done = null;
            string? escalation;
            try
            {
                escalation = await PerformAsync(item, step, cancellationToken);
            }
            catch (PaymentGatewayException error) when (error.Kind is PaymentGatewayErrorKind.Authentication or PaymentGatewayErrorKind.CircuitOpen)
            {
                // The step stays claimed and is sent with the same key after the run resumes.
                await journal.PauseAsync(error.Message, error.Kind == PaymentGatewayErrorKind.CircuitOpen, cancellationToken);
                return;
            }
            catch (PaymentGatewayException error) when (error.IsTransient)
            {
                // The step stays claimed; the next attempt sends it again with the same key.
                LogTransient(item.RunId, item.TransactionId, step.Action.ToWire(), error.Message);
                throw;
            }
            catch (LedgerException error) when (error.Kind == LedgerErrorKind.ReadOnly)
            {
                await journal.PauseAsync(error.Message, false, cancellationToken);
                return;
            }
            catch (Exception error) when (error is PaymentGatewayException or LedgerException)
            {
                await journal.FinishAsync(item, ItemOutcome.Failed, $"'{step.Action.ToWire()}' was refused: {error.Message}", null, cancellationToken);
                return;
            }
            if (escalation is not null)
            {
                await journal.FinishAsync(item, ItemOutcome.Escalated, escalation, null, cancellationToken);
                return;
            }
            done = step.Action;
            escalated |= step.Action == ReconciliationAction.Escalate;
        }
        if (escalated)
            await journal.FinishAsync(item, ItemOutcome.Escalated, "Handed to a person, as the decision table says: " + item.Proposed.Rule, done, cancellationToken);
        else
            await journal.FinishAsync(item, ItemOutcome.Done, $"Done: {string.Join(", ", item.EffectiveActions.Select(a => a.ToWire()))}.", done, cancellationToken);
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Run {RunId}: '{Action}' of transaction {TransactionId} met a transient gateway fault ({Reason}); it is sent again with the same key")]
    private partial void LogTransient(Guid runId, string transactionId, string action, string reason);
}
