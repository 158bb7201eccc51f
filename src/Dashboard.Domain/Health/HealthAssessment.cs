namespace Dashboard.Domain.Health;

/// <summary>
/// A service's state in one environment, the worst of its indicators, with why in words (<see cref="Reason"/>),
/// each indicator's own state, the instances in rotation, and the rotation trap when every instance was pulled at once.
/// </summary>
public sealed record HealthAssessment(
    string Service,
    string Environment,
    HealthState State,
    string Reason,
    IReadOnlyList<IndicatorAssessment> Indicators,
    int InRotation,
    int Instances,
    string? RotationTrap)
{
    public IndicatorAssessment? Indicator(HealthIndicator indicator) => Indicators.FirstOrDefault(i => i.Indicator == indicator);
}
