namespace Dashboard.SampleFleet.Fleet;

/// <summary>Where a service will run in one environment: its load balancer's port and its instances' (0: any free port).</summary>
internal sealed record RunningServicePlan(FleetServiceDefinition Definition, string Environment, int LoadBalancerPort, IReadOnlyList<int> InstancePorts, string ContentRoot)
{
    public static RunningServicePlan For(FleetServiceDefinition definition, string environment, SampleFleetOptions options, string contentRoot)
    {
        var basePort = options.BasePort(environment);
        var port = basePort == 0 ? 0 : basePort + definition.PortOffset;
        var instances = Enumerable.Range(1, options.Instances(definition)).Select(n => basePort == 0 ? 0 : port + n).ToList();
        return new RunningServicePlan(definition, environment, port, instances, contentRoot);
    }
}
