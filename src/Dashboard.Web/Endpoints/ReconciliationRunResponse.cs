using Dashboard.Domain.Reconciliation;

namespace Dashboard.Web.Endpoints;

/// <summary>
/// A run as the API shows it: state, plan with totals and hash, approval and who may give it, progress, why it is paused
/// (null unless paused), and (for one run) its transactions and events.
/// </summary>
public sealed record ReconciliationRunResponse(
    Guid Id,
    string State,
    string PreparedById,
    string PreparedBy,
    DateTimeOffset CreatedAt,
    string Criteria,
    long FoundCount,
    bool RequiresApproval,
    string ApprovalRule,
    string? ApprovedBy,
    DateTimeOffset? ApprovedAt,
    string? PlanHash,
    int PlanTransactions,
    int GatewayCalls,
    IReadOnlyList<ReconciliationTotalResponse> Totals,
    RunProgress Progress,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    string? CancelReason,
    string? PauseReason,
    IReadOnlyList<ReconciliationItemResponse>? Items,
    IReadOnlyList<ReconciliationRunEvent>? Events)
{
    public static ReconciliationRunResponse From(ReconciliationRun run, bool withItems)
    {
        var classified = run.Items.Count > 0;
        var plan = classified ? run.Plan : null;
        return new ReconciliationRunResponse(
            run.Id, run.State.ToString(), run.PreparedById, run.PreparedByName, run.CreatedAt, run.Criteria.Describe(), run.FoundCount,
            classified && run.RequiresApproval, ApprovalRuleOf(run), run.Approval?.ApproverName, run.Approval?.At, plan?.Hash,
            plan?.TransactionCount ?? 0, plan?.GatewayCallCount ?? 0,
            [.. (plan?.Totals ?? []).Select(t => new ReconciliationTotalResponse(t.Currency, t.Action.ToWire(), t.Count, t.Amount))],
            run.Progress, run.StartedAt, run.FinishedAt, run.CancelReason, run.PauseReason,
            withItems ? [.. run.Items.Select(ReconciliationItemResponse.From)] : null,
            withItems ? run.Events : null);
    }

    /// <summary>Who must approve, in words, so the preparer knows whom to ask.</summary>
    public static string ApprovalRuleOf(ReconciliationRun run) =>
        $"Runs acting on more than {run.Policy.ApprovalCountThreshold} transactions, or capturing or refunding more than {run.Policy.ApprovalAmountThreshold} minor units in one currency, "
        + $"need a second person's approval: someone with the Approver or ReconciliationOperator role other than {run.PreparedByName}.";
}
