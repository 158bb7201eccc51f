namespace Dashboard.Domain.Health;

/// <summary>The state of one indicator and why, in words.</summary>
public sealed record IndicatorAssessment(HealthIndicator Indicator, HealthState State, string Reason);
