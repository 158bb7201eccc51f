using System.Globalization;
using Dashboard.Domain.Reconciliation;
using Dashboard.PaymentSandbox;

namespace Dashboard.Infrastructure.DemoWorld;

/// <summary>
/// Generates the demo's billing world deterministically from an anchor time: a month of healthy payments, and around the outage
/// (26 hours before the anchor, 42 minutes long) the story's 847 stuck transactions in a realistic mix. The same output seeds the
/// ledger and the gateway sandbox, so every stuck transaction classifies to the row its <see cref="StuckKind"/> names.
/// </summary>
public static class DemoLedgerGenerator
{
    public const int StuckTotal = 847;
    /// <summary>How long before the anchor (the first start) the outage began.</summary>
    public static readonly TimeSpan OutageBeforeAnchor = TimeSpan.FromHours(26);
    public static readonly TimeSpan History = TimeSpan.FromDays(30);
    private const int Seed = 20261120;
    private const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    public static readonly IReadOnlyDictionary<StuckKind, int> StuckCounts = new Dictionary<StuckKind, int>
    {
        [StuckKind.CapturedNotConfirmed] = 312,
        [StuckKind.AuthorisedNeverCaptured] = 214,
        [StuckKind.CapturedTwice] = 96,
        [StuckKind.GatewayReferenceMissing] = 88,
        [StuckKind.AuthorisationExpired] = 61,
        [StuckKind.AmountMismatch] = 38,
        [StuckKind.Disputed] = 38,
    };

    /// <summary>The decision row each kind must classify to against the gateway's state.</summary>
    public static string ExpectedRow(StuckKind kind) => kind switch
    {
        StuckKind.CapturedNotConfirmed => "confirm-captured",
        StuckKind.AuthorisedNeverCaptured => "capture-and-confirm",
        StuckKind.CapturedTwice => "refund-extra-capture",
        StuckKind.GatewayReferenceMissing => "missing-reference",
        StuckKind.AuthorisationExpired => "canceled-at-gateway",
        StuckKind.AmountMismatch => "amount-mismatch",
        _ => "disputed",
    };

    /// <summary>The anchor a seeded ledger was generated with: its first attempt is exactly <see cref="History"/> before it.</summary>
    public static DateTimeOffset AnchorFromFirstAttempt(DateTimeOffset firstAttempt) => firstAttempt + History;

    public static DemoLedger Generate(DateTimeOffset anchor, int transactions = 100_000)
    {
        if (transactions < StuckTotal * 2) throw new ArgumentOutOfRangeException(nameof(transactions), transactions, $"The demo needs at least {StuckTotal * 2} transactions.");
        anchor = new DateTimeOffset(anchor.UtcTicks - anchor.UtcTicks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
        var random = new Random(Seed);
        var outageStart = anchor - OutageBeforeAnchor;
        var outageEnd = outageStart.AddMinutes(42);
        var drafts = new List<Draft>(transactions);

        foreach (var (kind, count) in StuckCounts)
        {
            for (var i = 0; i < count; i++)
            {
                var at = outageStart.AddSeconds(random.Next(0, (int)(outageEnd - outageStart).TotalSeconds));
                if (kind == StuckKind.CapturedTwice)
                {
                    // The first attempt paid and confirmed the order; the frontend's retry charged it again seconds later.
                    var original = Healthy(random, at.AddSeconds(-random.Next(5, 40)), mayDecline: false);
                    drafts.Add(original);
                    drafts.Add(original with { Stuck = kind, AttemptedAt = at, State = LedgerState.Pending, ConfirmsOrder = false, SameOrderAs = original });
                }
                else
                {
                    drafts.Add(StuckDraft(random, kind, at));
                }
            }
        }
        var earliest = anchor - History;
        drafts.Add(Healthy(random, earliest));
        while (drafts.Count < transactions)
            drafts.Add(Healthy(random, earliest.AddSeconds(random.NextInt64(1, (long)(History - TimeSpan.FromMinutes(10)).TotalSeconds))));

        return Build(anchor, outageStart, outageEnd, drafts, random);
    }

    private static DemoLedger Build(DateTimeOffset anchor, DateTimeOffset outageStart, DateTimeOffset outageEnd, List<Draft> drafts, Random random)
    {
        var ordered = drafts.Select((draft, index) => (draft, index)).OrderBy(d => d.draft.AttemptedAt).ThenBy(d => d.index).Select(d => d.draft).ToList();
        var orderIds = new Dictionary<Draft, long>(ReferenceEqualityComparer.Instance);
        var transactions = new List<DemoLedgerTransaction>(ordered.Count);
        var intents = new List<SandboxIntent>(ordered.Count);
        long nextOrder = 1;
        for (var index = 0; index < ordered.Count; index++)
        {
            var draft = ordered[index];
            var owner = draft.SameOrderAs ?? draft;
            if (!orderIds.TryGetValue(owner, out var orderId)) orderIds[owner] = orderId = nextOrder++;
            var attemptId = index + 1L;
            var orderNumber = $"ord-{orderId.ToString("D7", CultureInfo.InvariantCulture)}";
            var intentId = "pi_" + string.Create(24, random, static (span, r) => { for (var i = 0; i < span.Length; i++) span[i] = Alphabet[r.Next(Alphabet.Length)]; });
            var orderState = draft.SameOrderAs is not null ? OrderState.Confirmed : draft.OrderState;
            transactions.Add(new DemoLedgerTransaction(attemptId, orderId, orderNumber, $"billing-{attemptId.ToString(CultureInfo.InvariantCulture)}",
                draft.Stuck == StuckKind.GatewayReferenceMissing ? null : intentId, draft.Amount, draft.Currency, draft.State, orderState,
                draft.ConfirmsOrder, draft.AttemptedAt, draft.Stuck));
            intents.Add(Intent(draft, intentId, orderNumber));
        }
        return new DemoLedger(anchor, outageStart, outageEnd, transactions, intents);
    }

    private static SandboxIntent Intent(Draft draft, string id, string orderNumber)
    {
        var created = draft.AttemptedAt.ToUnixTimeSeconds();
        var metadata = new Dictionary<string, string> { ["order_id"] = orderNumber };
        var intent = new SandboxIntent(id, draft.Amount, draft.Currency, SandboxIntent.Succeeded, "manual", draft.Amount, 0, false, metadata, created,
            created + (long)TimeSpan.FromDays(7).TotalSeconds, null, null, "ch_" + id[3..], null);
        return draft.Stuck switch
        {
            null when draft.State == LedgerState.Failed => intent with { Status = SandboxIntent.RequiresPaymentMethod, AmountReceived = 0, ChargeId = null, CaptureBefore = null, LastErrorCode = "card_declined" },
            StuckKind.AuthorisedNeverCaptured => intent with { Status = SandboxIntent.RequiresCapture, AmountReceived = 0 },
            StuckKind.AuthorisationExpired => intent with { Status = SandboxIntent.RequiresCapture, AmountReceived = 0, CaptureBefore = created + (long)TimeSpan.FromHours(20).TotalSeconds },
            // The gateway authorised the new tax rate (8.25 %) on an amount the ledger still holds at 8 %.
            StuckKind.AmountMismatch => intent with { Status = SandboxIntent.RequiresCapture, AmountReceived = 0, Amount = draft.Amount * 10825 / 10800 },
            StuckKind.Disputed => intent with { Disputed = true },
            _ => intent,
        };
    }

    private static Draft StuckDraft(Random random, StuckKind kind, DateTimeOffset at)
    {
        var healthy = Healthy(random, at, mayDecline: false);
        return kind switch
        {
            StuckKind.CapturedNotConfirmed or StuckKind.GatewayReferenceMissing => healthy with { Stuck = kind, State = LedgerState.Pending, OrderState = OrderState.AwaitingPayment, ConfirmsOrder = false },
            StuckKind.Disputed => healthy with { Stuck = kind, State = LedgerState.Captured, OrderState = OrderState.AwaitingPayment, ConfirmsOrder = false },
            _ => healthy with { Stuck = kind, State = LedgerState.Authorized, OrderState = OrderState.AwaitingPayment, ConfirmsOrder = false,
                Amount = kind == StuckKind.AmountMismatch ? healthy.Amount / 108 * 108 : healthy.Amount },
        };
    }

    /// <summary>A paid and confirmed order; one in fifty is a declined card instead, unless <paramref name="mayDecline"/> is false.</summary>
    private static Draft Healthy(Random random, DateTimeOffset at, bool mayDecline = true)
    {
        var currency = random.Next(10) switch { < 6 => "eur", < 9 => "usd", _ => "gbp" };
        var amount = random.Next(500, 50_000);
        var declined = random.Next(50) == 0 && mayDecline;
        return new Draft(at, amount, currency,
            declined ? LedgerState.Failed : LedgerState.Captured, declined ? OrderState.Cancelled : OrderState.Confirmed, !declined, null, null);
    }

    private sealed record Draft(DateTimeOffset AttemptedAt, long Amount, string Currency, LedgerState State, OrderState OrderState, bool ConfirmsOrder, StuckKind? Stuck, Draft? SameOrderAs);
}
