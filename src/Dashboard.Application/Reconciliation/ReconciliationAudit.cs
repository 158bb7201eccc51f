using Dashboard.Domain.Audit;
using Dashboard.Domain.Reconciliation;

namespace Dashboard.Application.Reconciliation;

/// <summary>Turns a run's new events and its transactions' outcomes into audit records.</summary>
internal static class ReconciliationAudit
{
    public static IEnumerable<AuditRecord> EventsAfter(ReconciliationRun run, int sequence) =>
        run.Events.Where(e => e.Sequence > sequence).Select(e => new AuditRecord(
            e.At, e.ActorId, "reconciliation." + e.Kind.ToString().ToLowerInvariant(), Subject(run.Id), null,
            new AuditSide(State: run.State.ToString(), Description: e.Description, ETag: e.PlanHash)));

    public static AuditRecord Outcome(ReconciliationRun run, ReconciliationItem item, string actor) => new(
        item.Resolution!.At, actor, "reconciliation.transaction-" + item.Resolution.Outcome.ToString().ToLowerInvariant(),
        $"{Subject(run.Id)}/{item.TransactionId}", null,
        new AuditSide(State: item.Resolution.Outcome.ToString(), Description: $"{string.Join(", ", item.EffectiveActions.Select(a => a.ToWire()))}: {item.Resolution.Reason}"));

    private static string Subject(Guid runId) => $"reconciliation/{runId}";
}
