namespace Dashboard.Domain.Health;

/// <summary>Orders states by how bad they are, so a service takes the worst state of its indicators.</summary>
public static class HealthStates
{
    /// <summary>Higher is worse. No data ranks below everything: an indicator without data says nothing.</summary>
    public static int Severity(this HealthState state) => state switch
    {
        HealthState.NoData => 0,
        HealthState.Healthy => 1,
        HealthState.Starting => 2,
        HealthState.Degraded => 3,
        HealthState.Unhealthy => 4,
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, "Unknown health state."),
    };

    public static HealthState Worst(HealthState left, HealthState right) => left.Severity() >= right.Severity() ? left : right;

    /// <summary>Lower case words for sentences: "turned unhealthy", "no data".</summary>
    public static string Describe(this HealthState state) => state switch
    {
        HealthState.NoData => "no data",
        _ => state.ToString().ToLowerInvariant(),
    };
}
