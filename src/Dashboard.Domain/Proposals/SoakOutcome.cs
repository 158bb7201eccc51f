namespace Dashboard.Domain.Proposals;

/// <summary>What the staging soak shows.</summary>
public enum SoakOutcome
{
    Passed,
    Failed,
    /// <summary>Staging has no telemetry to judge by: the signed checklist stays the way to verify.</summary>
    NoEvidence,
}
