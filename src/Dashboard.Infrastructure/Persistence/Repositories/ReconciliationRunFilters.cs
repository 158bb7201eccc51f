using System.Linq.Expressions;
using Dashboard.Domain.Reconciliation;

namespace Dashboard.Infrastructure.Persistence.Repositories;

/// <summary>Conditions on reconciliation runs that queries and the repository share, in SQL.</summary>
internal static class ReconciliationRunFilters
{
    /// <summary>
    /// Paused by the executor until the gateway answers again (<see cref="ReconciliationRun.ResumesByItself"/>): nothing but a
    /// resume or a cancel follows a pause, so its event is the run's last.
    /// </summary>
    public static readonly Expression<Func<ReconciliationRun, bool>> AwaitingGateway = r =>
        r.State == ReconciliationRunState.Paused
        && r.Events.OrderByDescending(e => e.Sequence).Select(e => e.Kind).FirstOrDefault() == RunEventKind.PausedUntilGatewayRecovers;

    /// <summary>Found (to classify), executing, or awaiting the gateway (to resume once it answers).</summary>
    public static readonly Expression<Func<ReconciliationRun, bool>> WithBackgroundWork = r =>
        r.State == ReconciliationRunState.Found
        || r.State == ReconciliationRunState.Executing
        || (r.State == ReconciliationRunState.Paused
            && r.Events.OrderByDescending(e => e.Sequence).Select(e => e.Kind).FirstOrDefault() == RunEventKind.PausedUntilGatewayRecovers);
}
