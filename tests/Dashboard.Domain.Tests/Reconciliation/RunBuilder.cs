using Dashboard.Domain.Access;
using Dashboard.Domain.Reconciliation;
using static Dashboard.Domain.Tests.Reconciliation.Snapshots;

namespace Dashboard.Domain.Tests.Reconciliation;

/// <summary>Operators and runs for the run tests: transactions classified by the standard table against realistic snapshots.</summary>
public static class RunBuilder
{
    public static ReconciliationActor Preparer { get; } = new("olga", "Olga", [Roles.ReconciliationOperator]);
    public static ReconciliationActor SecondOperator { get; } = new("pavel", "Pavel", [Roles.ReconciliationOperator]);
    public static ReconciliationActor Viewer { get; } = new("erin", "Erin", [Roles.Viewer]);

    public static ReconciliationCriteria Criteria { get; } = ReconciliationCriteria.Create([LedgerState.Pending, LedgerState.Authorized], olderThanMinutes: 15);

    /// <summary>A transaction authorised and never captured: the table proposes capture then confirm.</summary>
    public static ClassifiedTransaction Authorised(string id, long amount = 2500, string currency = "eur") =>
        Classified(id, GatewayStatus.RequiresCapture, LedgerState.Authorized, amount, currency);

    /// <summary>A transaction captured but never confirmed: the table proposes confirm_ledger.</summary>
    public static ClassifiedTransaction CapturedUnconfirmed(string id, long amount = 2500) =>
        Classified(id, GatewayStatus.Succeeded, LedgerState.Pending, amount, "eur");

    /// <summary>Still processing within the SLA: the table proposes wait.</summary>
    public static ClassifiedTransaction Processing(string id) => Classified(id, GatewayStatus.Processing, LedgerState.Pending, 2500, "eur");

    public static ClassifiedTransaction Classified(string id, GatewayStatus status, LedgerState state, long amount, string currency)
    {
        var transaction = new LedgerTransaction(id, $"order-{id}", $"order-{id}", $"pi_{id}", $"idem-{id}", amount, currency, state,
            OrderState.AwaitingPayment, false, Now.AddMinutes(-30), Now.AddMinutes(-30), "1", []);
        var gateway = Gateway(status) with { Amount = amount, AmountCaptured = status == GatewayStatus.Succeeded ? amount : 0, Currency = currency };
        return new ClassifiedTransaction(transaction, gateway, DecisionTable.Standard().Classify(gateway, transaction.ToSnapshot(), Now));
    }

    public static ReconciliationRun Found(ReconciliationPolicy? policy = null, long found = 3) =>
        new(Preparer, Criteria, found, policy ?? new ReconciliationPolicy(), Now);

    public static ReconciliationRun Classified(ReconciliationPolicy? policy, params ClassifiedTransaction[] transactions)
    {
        var run = Found(policy, transactions.Length);
        run.Classify(Preparer, transactions, Now);
        return run;
    }

    /// <summary>Three transactions under a policy that lets a run of up to <paramref name="approvalCount"/> go without approval.</summary>
    public static ReconciliationRun Small(int approvalCount = 10) =>
        Classified(new ReconciliationPolicy(approvalCountThreshold: approvalCount), Authorised("1"), CapturedUnconfirmed("2"), Processing("3"));
}
