namespace Dashboard.SampleFleet.Fleet;

/// <summary>One of the demo services as the fleet runs it: how to build an instance from its own source, and its probes.</summary>
public sealed record FleetServiceDefinition(
    string Name, int PortOffset, string LivenessPath, string ReadinessPath, Func<string[], WebApplication> Build);
