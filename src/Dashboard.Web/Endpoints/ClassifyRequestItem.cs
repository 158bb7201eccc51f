using Dashboard.Application.Errors;
using Dashboard.Domain.Reconciliation;

namespace Dashboard.Web.Endpoints;

/// <summary>One pair of facts to classify: the gateway's and the ledger's side of a payment.</summary>
public sealed record ClassifyRequestItem(GatewayFactsRequest? Gateway = null, LedgerFactsRequest? Ledger = null)
{
    /// <exception cref="InputException">A side is missing or a value is outside the vocabulary; the field names the item, e.g. <c>[2].gateway.status</c>.</exception>
    public (GatewaySnapshot Gateway, LedgerSnapshot Ledger) ToSnapshots(int index)
    {
        var path = $"[{index}]";
        if (Gateway is null)
            throw new InputException($"{path}.gateway", $"{path} has no 'gateway': give at least its status, e.g. {{\"status\": \"requires_capture\"}}.");
        if (Ledger is null)
            throw new InputException($"{path}.ledger", $"{path} has no 'ledger': give at least its state and orderState, e.g. {{\"state\": \"authorized\", \"orderState\": \"awaiting_payment\"}}.");
        return (Gateway.ToSnapshot($"{path}.gateway"), Ledger.ToSnapshot($"{path}.ledger"));
    }
}
