using Dashboard.Domain.Reconciliation;

namespace Dashboard.Web.Endpoints;

/// <summary>
/// One transaction of a run: both sides as classified, the actions that will be taken (<see cref="Actions"/>: the operator's
/// override, else the decision table's, none when excluded) with the table's own proposal beside them, its steps and outcome.
/// </summary>
public sealed record ReconciliationItemResponse(
    int Position,
    string TransactionId,
    string OrderId,
    string MerchantReference,
    string? GatewayReference,
    long Amount,
    string Currency,
    string LedgerState,
    string OrderState,
    string GatewayStatus,
    string RowId,
    IReadOnlyList<string> Actions,
    string Rule,
    bool Excluded,
    string? ExclusionReason,
    IReadOnlyList<string> ProposedActions,
    string? OverrideReason,
    string? OverriddenBy,
    string? Outcome,
    string? Reason,
    IReadOnlyList<ReconciliationStepResponse> Steps)
{
    public static ReconciliationItemResponse From(ReconciliationItem item) => new(
        item.Position, item.TransactionId, item.OrderId, item.MerchantReference, item.GatewayReference, item.Amount, item.Currency,
        item.Ledger.State.ToWire(), item.Ledger.OrderState.ToWire(), item.Gateway.Status.ToWire(), item.Proposed.RowId,
        [.. item.EffectiveActions.Select(a => a.ToWire())], item.Override?.Reason ?? item.Proposed.Rule, item.Excluded,
        item.ExclusionReason, [.. item.Proposed.Actions.Select(a => a.ToWire())], item.Override?.Reason, item.Override?.ByName,
        item.Resolution?.Outcome.ToString(), item.Resolution?.Reason,
        [.. item.Steps.Select(s => new ReconciliationStepResponse(s.Action.ToWire(), s.IdempotencyKey, s.ClaimedAt, s.CompletedAt))]);
}
