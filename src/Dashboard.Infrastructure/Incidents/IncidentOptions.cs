namespace Dashboard.Infrastructure.Incidents;

/// <summary>Settings under Incidents: when the dashboard opens one on its own, and the lease that elects the instance that does.</summary>
public sealed class IncidentOptions
{
    public const string SectionName = "Incidents";

    /// <summary>Off: incidents are only opened by hand.</summary>
    public bool OpenAutomatically { get; set; } = true;
    /// <summary>Unhealthy observations in a row before one opens.</summary>
    public int ConsecutiveObservations { get; set; } = 3;
    /// <summary>How long the unhealthy run must last before one opens.</summary>
    public int MinimumUnhealthySeconds { get; set; } = 60;
    /// <summary>How long the probe runner's lease lasts without a renewal: another instance takes over within this.</summary>
    public int RunnerLeaseSeconds { get; set; } = 30;
}
