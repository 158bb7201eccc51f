using Dashboard.Application.Reconciliation;
using Dashboard.Domain.Reconciliation;

namespace Dashboard.Web.Endpoints;

/// <summary>
/// A run's progress for polling while it executes: state, counts per outcome, transactions finished per second over the last
/// minute and the seconds left at that pace (both null unless executing and measurable; secondsLeft null while stalled).
/// </summary>
public sealed record ReconciliationProgressResponse(Guid Id, string State, RunProgress Progress, double? PerSecond, long? SecondsLeft)
{
    public static ReconciliationProgressResponse From(ReconciliationRunProgress progress) => new(
        progress.Id, progress.State.ToString(), progress.Progress,
        progress.Pace is { } pace ? Math.Round(pace.PerSecond, 2) : null,
        progress.Pace?.TimeLeft is { } left ? (long)left.TotalSeconds : null);
}
