using Dashboard.Domain.Reconciliation;

namespace Dashboard.Application.Reconciliation;

/// <summary>Reads what the gateway says about one ledger transaction now, by id (never a search index), with its order's other payments.</summary>
internal static class GatewayReader
{
    public static async Task<GatewaySnapshot> SnapshotAsync(IPaymentGateway gateway, LedgerTransaction transaction, CancellationToken cancellationToken)
    {
        if (transaction.GatewayReference is null) return GatewaySnapshot.NotFound;
        var payment = await gateway.GetPaymentAsync(transaction.GatewayReference, cancellationToken);
        if (payment is null) return GatewaySnapshot.NotFound;
        var siblings = new List<GatewayPayment>();
        foreach (var reference in transaction.SiblingGatewayReferences)
            if (await gateway.GetPaymentAsync(reference, cancellationToken) is { } sibling) siblings.Add(sibling);
        return GatewaySnapshot.From(payment, siblings);
    }
}
