using System.Globalization;
using Dashboard.Domain.Reconciliation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dashboard.Infrastructure.Ledger;

/// <summary>
/// <see cref="ILedger"/> on the billing database: indexed finds, fresh reads (no tracking, no cache), and corrections under the
/// attempt's concurrency token, each recorded once under its idempotency key. Refuses every write unless Ledger:AllowWrites is on.
/// </summary>
public sealed class EfLedger(IDbContextFactory<LedgerDbContext> contexts, IOptions<LedgerOptions> options, TimeProvider time) : ILedger
{
    public const int MaxTake = 100_000;

    public bool AllowsWrites => options.Value.AllowWrites;

    public async Task<LedgerFindResult> FindAsync(ReconciliationCriteria criteria, DateTimeOffset now, int take, CancellationToken cancellationToken = default)
    {
        if (take is < 0 or > MaxTake) throw new ArgumentOutOfRangeException(nameof(take), take, $"Take 0 to {MaxTake} transactions at a time.");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = Filter(db.PaymentAttempts.AsNoTracking(), criteria, now);
        var count = await query.LongCountAsync(cancellationToken);
        var attempts = take == 0 ? [] : await query.OrderBy(a => a.AttemptedAt).ThenBy(a => a.Id).Take(take).ToListAsync(cancellationToken);
        return new LedgerFindResult(count, await ToTransactionsAsync(db, attempts, cancellationToken));
    }

    public async Task<LedgerTransaction?> GetAsync(string transactionId, CancellationToken cancellationToken = default)
    {
        if (!long.TryParse(transactionId, NumberStyles.None, CultureInfo.InvariantCulture, out var id)) return null;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var attempt = await db.PaymentAttempts.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        return attempt is null ? null : (await ToTransactionsAsync(db, [attempt], cancellationToken))[0];
    }

    public async Task<LedgerCorrectionResult> ApplyAsync(LedgerCorrection correction, CancellationToken cancellationToken = default)
    {
        if (!AllowsWrites)
            throw new LedgerException(LedgerErrorKind.ReadOnly,
                $"Ledger writes are switched off, so transaction {correction.TransactionId} was not changed: set Ledger:AllowWrites to true (with a login that may write) to apply corrections.");
        if (!long.TryParse(correction.TransactionId, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            throw new LedgerException(LedgerErrorKind.NotFound, $"Transaction '{correction.TransactionId}' is not a ledger payment attempt id.");

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var applied = await db.Corrections.AsNoTracking().FirstOrDefaultAsync(c => c.IdempotencyKey == correction.IdempotencyKey, cancellationToken);
        if (applied is not null)
            return new LedgerCorrectionResult(true, applied.VersionAfter.ToString(CultureInfo.InvariantCulture));

        var attempt = await db.PaymentAttempts.FirstOrDefaultAsync(a => a.Id == id, cancellationToken)
            ?? throw new LedgerException(LedgerErrorKind.NotFound, $"Transaction {correction.TransactionId} does not exist in the ledger.");
        if (!string.Equals(attempt.Version.ToString(CultureInfo.InvariantCulture), correction.ExpectedVersion, StringComparison.Ordinal))
            throw Conflict(correction, attempt.Version);
        var order = await db.Orders.FirstAsync(o => o.Id == attempt.OrderId, cancellationToken);
        var now = time.GetUtcNow();

        await ApplyAsync(db, correction, attempt, order, now, cancellationToken);
        attempt.Version++;
        attempt.UpdatedAt = now;
        db.Corrections.Add(new LedgerCorrectionEntry
        {
            IdempotencyKey = correction.IdempotencyKey,
            PaymentAttemptId = attempt.Id,
            Kind = correction.Kind,
            Reason = correction.Reason.Length > 2000 ? correction.Reason[..2000] : correction.Reason,
            AppliedAt = now,
            VersionAfter = attempt.Version,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            throw new LedgerException(LedgerErrorKind.Conflict,
                $"Transaction {correction.TransactionId} changed while the correction was being applied: read it again and classify it afresh.", ex);
        }
        await transaction.CommitAsync(cancellationToken);
        return new LedgerCorrectionResult(false, attempt.Version.ToString(CultureInfo.InvariantCulture));
    }

    private static async Task ApplyAsync(LedgerDbContext db, LedgerCorrection correction, PaymentAttempt attempt, LedgerOrder order, DateTimeOffset now, CancellationToken cancellationToken)
    {
        switch (correction.Kind)
        {
            case LedgerCorrectionKind.RecordCapture:
                attempt.State = LedgerState.Captured;
                break;
            case LedgerCorrectionKind.ConfirmOrder:
                attempt.State = LedgerState.Captured;
                if (await db.BillingConfirmations.AnyAsync(c => c.OrderId == order.Id, cancellationToken))
                    throw new LedgerException(LedgerErrorKind.InvalidCorrection,
                        $"Order {order.OrderNumber} is already confirmed by another payment: transaction {correction.TransactionId} cannot confirm it again; refund it instead.");
                db.BillingConfirmations.Add(new BillingConfirmation { OrderId = order.Id, PaymentAttemptId = attempt.Id, ConfirmedAt = now });
                Touch(order, OrderState.Confirmed, now);
                break;
            case LedgerCorrectionKind.MarkFailed:
                attempt.State = LedgerState.Failed;
                break;
            case LedgerCorrectionKind.MarkRefunded:
                attempt.State = LedgerState.Refunded;
                break;
            case LedgerCorrectionKind.RevertToUnpaid:
                attempt.State = LedgerState.Failed;
                await db.BillingConfirmations.Where(c => c.OrderId == order.Id && c.PaymentAttemptId == attempt.Id).ExecuteDeleteAsync(cancellationToken);
                Touch(order, OrderState.AwaitingPayment, now);
                break;
            case LedgerCorrectionKind.RecordGatewayReference:
                if (string.IsNullOrWhiteSpace(correction.GatewayReference))
                    throw new LedgerException(LedgerErrorKind.InvalidCorrection, $"Recording a gateway reference for transaction {correction.TransactionId} needs the reference.");
                if (attempt.GatewayReference is not null && attempt.GatewayReference != correction.GatewayReference)
                    throw new LedgerException(LedgerErrorKind.InvalidCorrection,
                        $"Transaction {correction.TransactionId} already records gateway reference {attempt.GatewayReference}; it is not replaced by {correction.GatewayReference}.");
                attempt.GatewayReference = correction.GatewayReference;
                break;
        }
    }

    private static void Touch(LedgerOrder order, OrderState state, DateTimeOffset now)
    {
        order.State = state;
        order.UpdatedAt = now;
        order.Version++;
    }

    private static LedgerException Conflict(LedgerCorrection correction, long version) =>
        new(LedgerErrorKind.Conflict,
            $"Transaction {correction.TransactionId} changed since it was read (version {correction.ExpectedVersion}, now {version}): nothing was changed; read it again and classify it afresh.");

    private static IQueryable<PaymentAttempt> Filter(IQueryable<PaymentAttempt> query, ReconciliationCriteria criteria, DateTimeOffset now)
    {
        if (criteria.States.Count > 0)
        {
            var states = criteria.States.ToList();
            query = query.Where(a => states.Contains(a.State));
        }
        if (criteria.From is { } from) query = query.Where(a => a.AttemptedAt >= from);
        if (criteria.AttemptedBefore(now) is { } before) query = query.Where(a => a.AttemptedAt < before);
        if (criteria.MinAmount is { } min) query = query.Where(a => a.Amount >= min);
        if (criteria.MaxAmountMinor is { } max) query = query.Where(a => a.Amount <= max);
        if (criteria.Currency is { } currency) query = query.Where(a => a.Currency == currency);
        return query;
    }

    private static async Task<IReadOnlyList<LedgerTransaction>> ToTransactionsAsync(LedgerDbContext db, List<PaymentAttempt> attempts, CancellationToken cancellationToken)
    {
        if (attempts.Count == 0) return [];
        var orderIds = attempts.Select(a => a.OrderId).Distinct().ToList();
        var orders = new Dictionary<long, LedgerOrder>();
        var confirmations = new Dictionary<long, long>();
        var siblings = new List<(long OrderId, long AttemptId, string Reference)>();
        // Chunked so a large classification stays within SQL parameter limits.
        foreach (var chunk in orderIds.Chunk(500))
        {
            foreach (var order in await db.Orders.AsNoTracking().Where(o => chunk.Contains(o.Id)).ToListAsync(cancellationToken)) orders[order.Id] = order;
            foreach (var confirmation in await db.BillingConfirmations.AsNoTracking().Where(c => chunk.Contains(c.OrderId)).ToListAsync(cancellationToken))
                confirmations[confirmation.OrderId] = confirmation.PaymentAttemptId;
            siblings.AddRange((await db.PaymentAttempts.AsNoTracking().Where(a => chunk.Contains(a.OrderId) && a.GatewayReference != null)
                .Select(a => new { a.OrderId, a.Id, a.GatewayReference }).ToListAsync(cancellationToken))
                .Select(a => (a.OrderId, a.Id, a.GatewayReference!)));
        }
        var siblingsByOrder = siblings.ToLookup(s => s.OrderId);
        return [.. attempts.Select(a =>
        {
            var order = orders[a.OrderId];
            return new LedgerTransaction(
                a.Id.ToString(CultureInfo.InvariantCulture), order.OrderNumber, a.MerchantReference, a.GatewayReference, a.IdempotencyKey, a.Amount, a.Currency,
                a.State, order.State, confirmations.TryGetValue(order.Id, out var by) && by == a.Id, a.AttemptedAt, a.UpdatedAt,
                a.Version.ToString(CultureInfo.InvariantCulture),
                [.. siblingsByOrder[a.OrderId].Where(s => s.AttemptId != a.Id).Select(s => s.Reference)]);
        })];
    }
}
