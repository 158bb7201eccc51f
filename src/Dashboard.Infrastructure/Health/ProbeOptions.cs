namespace Dashboard.Infrastructure.Health;

/// <summary>Settings under Health:Probes.</summary>
public sealed class ProbeOptions
{
    public int IntervalSeconds { get; set; } = 10;
    public double TimeoutSeconds { get; set; } = 5;
    public int MaxConcurrency { get; set; } = 64;
    public List<SyntheticCheckOptions> SyntheticChecks { get; set; } = [];

    public TimeSpan Interval => TimeSpan.FromSeconds(IntervalSeconds);
}
