using Dashboard.Domain.Health;

namespace Dashboard.Application.Health;

/// <summary>One instance's answers to its liveness and readiness probes in one run (null: that probe was not run).</summary>
public sealed record InstanceProbe(string Instance, ProbeCheck? Liveness, ProbeCheck? Readiness);
