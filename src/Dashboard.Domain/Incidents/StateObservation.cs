using Dashboard.Domain.Health;

namespace Dashboard.Domain.Incidents;

/// <summary>A service's state as computed at one observation.</summary>
public sealed record StateObservation(DateTimeOffset At, HealthState State);
