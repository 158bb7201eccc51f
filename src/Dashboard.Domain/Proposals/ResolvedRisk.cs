using Dashboard.Domain.BlastRadius;

namespace Dashboard.Domain.Proposals;

/// <summary>A risk of the submitted radius that no longer holds, with when it stopped holding (if a step says so) and why.</summary>
public sealed record ResolvedRisk(RadiusRisk Risk, DateTimeOffset At, string Why);
