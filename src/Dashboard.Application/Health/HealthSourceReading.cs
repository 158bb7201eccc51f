namespace Dashboard.Application.Health;

/// <summary>One run of a health source: its own status and the observations it made.</summary>
public sealed record HealthSourceReading(HealthSourceStatus Status, IReadOnlyList<HealthObservation> Observations);
