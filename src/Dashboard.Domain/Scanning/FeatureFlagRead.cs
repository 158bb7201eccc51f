namespace Dashboard.Domain.Scanning;

/// <summary>A feature flag checked in code (<c>IsEnabledAsync</c>) or guarding an endpoint (<c>[FeatureGate]</c>).</summary>
public sealed record FeatureFlagRead(string Flag, string File, int Line);
