using Dashboard.Application.Health;
using Dashboard.Domain.Health;
using Dashboard.Domain.Incidents;
using Microsoft.Extensions.Logging;

namespace Dashboard.Application.Incidents;

/// <summary>
/// After every health run (on the instance that holds the probe lease): puts the transitions on the open incidents'
/// timelines, and opens an incident for each service that has stayed Unhealthy as long as the opening rule asks. The
/// rule is checked at every run, not only at the transition, because the debounce ends runs after the service turned.
/// Only a service seen answering before it failed "turned" Unhealthy: one that never answered since the dashboard
/// started (the demo without its sample fleet, a service not deployed yet) opens nothing. A failure is logged, never
/// thrown: health keeps running while the database is briefly down.
/// </summary>
public sealed class IncidentOpener(IncidentWorkflow workflow, HealthSeriesStore store, IncidentOpeningRule rule, ILogger<IncidentOpener> logger)
    : IHealthTransitionHandler
{
    public async Task HandleAsync(IReadOnlyList<HealthTransition> transitions, CancellationToken cancellationToken)
    {
        try
        {
            await workflow.RecordTransitionsAsync(transitions, cancellationToken);
            foreach (var health in store.Current().Where(h => h.State == HealthState.Unhealthy))
                await ConsiderAsync(health, cancellationToken);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            logger.LogWarning(error, "Could not record health transitions or open incidents this run; the next run tries again");
        }
    }

    private async Task ConsiderAsync(ServiceHealth health, CancellationToken cancellationToken)
    {
        var states = store.RecentStates(health.Service, health.Environment);
        var decision = rule.Decide(health.Service, states);
        if (!decision.Open || decision.UnhealthySince is not { } since) return;
        if (!states.Any(s => s.At < since && s.State is not (HealthState.Unhealthy or HealthState.NoData))) return;
        var trigger = store.TransitionsSince(since).LastOrDefault(t => t.To == HealthState.Unhealthy
                && string.Equals(t.Service, health.Service, StringComparison.OrdinalIgnoreCase)
                && string.Equals(t.Environment, health.Environment, StringComparison.OrdinalIgnoreCase))
            ?? new HealthTransition(health.Service, health.Environment, HealthState.NoData, HealthState.Unhealthy, since, health.Assessment.Reason);
        var opened = await workflow.OpenAutomaticallyAsync(trigger, since, decision.Reason, cancellationToken);
        if (opened is not null)
            logger.LogWarning("Opened incident {Incident}: {Title}. {Reason}", opened.Id, opened.Title, decision.Reason);
    }
}
