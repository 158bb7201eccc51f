namespace Dashboard.Domain.BlastRadius;

/// <summary>A key or feature flag named like the changed key, for a human to check it is not the one meant.</summary>
public sealed record LookAlike(string Key, string Why);
