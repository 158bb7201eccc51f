using Dashboard.Domain.Health;

namespace Dashboard.Application.Health;

/// <summary>Told of every state change the scheduler's runs produce (the incident workflow opens incidents from them).</summary>
public interface IHealthTransitionHandler
{
    Task HandleAsync(IReadOnlyList<HealthTransition> transitions, CancellationToken cancellationToken);
}
