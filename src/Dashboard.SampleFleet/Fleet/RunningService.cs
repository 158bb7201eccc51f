namespace Dashboard.SampleFleet.Fleet;

/// <summary>A service in one environment: its load balancer's address (what callers and the catalog use) and its instances.</summary>
public sealed record RunningService(FleetServiceDefinition Definition, string Environment, Uri Url, IReadOnlyList<RunningInstance> Instances)
{
    public string Name => Definition.Name;
}
