namespace Dashboard.Application.Health;

/// <summary>What decides a proposal's staging verification now.</summary>
public enum StagingEvidenceKind
{
    /// <summary>No health data for the affected services in staging: the signed checklist (and the refresh-interval wait) decide.</summary>
    Checklist,
    /// <summary>Health data is coming in and the soak has not ended yet.</summary>
    Soaking,
    /// <summary>The soak is over and its verdict decides.</summary>
    Judged,
}
