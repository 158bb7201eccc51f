using Dashboard.PaymentSandbox;

namespace Dashboard.Infrastructure.DemoWorld;

/// <summary>Both sides of the demo's billing story, from one generator: the ledger's transactions and the gateway's intents.</summary>
public sealed record DemoLedger(DateTimeOffset Anchor, DateTimeOffset OutageStart, DateTimeOffset OutageEnd, IReadOnlyList<DemoLedgerTransaction> Transactions, IReadOnlyList<SandboxIntent> Intents)
{
    public IEnumerable<DemoLedgerTransaction> Stuck => Transactions.Where(t => t.Stuck is not null);
}
