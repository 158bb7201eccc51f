using System.Globalization;
using Dashboard.Domain.Reconciliation;
using Dashboard.Infrastructure.DemoWorld;
using Dashboard.PaymentSandbox;

namespace Dashboard.TestHost;

/// <summary>
/// A billing world where every transaction is the outage's commonest case: authorised at the gateway (<c>requires_capture</c>),
/// never captured, the order still awaiting payment. Each needs exactly one gateway write (a capture) and a ledger confirmation.
/// </summary>
public static class StuckAuthorisations
{
    public static DemoLedger Build(int count, DateTimeOffset attemptedAt)
    {
        var transactions = new List<DemoLedgerTransaction>(count);
        var intents = new List<SandboxIntent>(count);
        var created = attemptedAt.ToUnixTimeSeconds();
        for (var i = 1; i <= count; i++)
        {
            var number = i.ToString("D7", CultureInfo.InvariantCulture);
            var orderNumber = $"ord-{number}";
            var intentId = $"pi_load{number}";
            var amount = 1_000 + i % 9_000;
            transactions.Add(new DemoLedgerTransaction(i, i, orderNumber, $"billing-{number}", intentId, amount, "eur",
                LedgerState.Authorized, OrderState.AwaitingPayment, ConfirmsOrder: false, attemptedAt, StuckKind.AuthorisedNeverCaptured));
            intents.Add(new SandboxIntent(intentId, amount, "eur", SandboxIntent.RequiresCapture, "manual", 0, 0, false,
                new Dictionary<string, string> { ["order_id"] = orderNumber }, created, created + (long)TimeSpan.FromDays(7).TotalSeconds,
                null, null, "ch_load" + number, null));
        }
        return new DemoLedger(attemptedAt, attemptedAt, attemptedAt, transactions, intents);
    }
}
