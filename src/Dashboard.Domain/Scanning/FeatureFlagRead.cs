namespace Dashboard.Domain.Scanning;

/// <summary>A feature flag code depends on, and how (<see cref="FeatureFlagCheck"/>).</summary>
public sealed record FeatureFlagRead(string Flag, string File, int Line, FeatureFlagCheck Kind = FeatureFlagCheck.IsEnabled);
