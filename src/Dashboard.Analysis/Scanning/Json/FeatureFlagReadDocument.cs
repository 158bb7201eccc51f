namespace Dashboard.Analysis.Scanning.Json;

/// <summary>
/// A feature flag the code depends on; <see cref="Kind"/> <c>is-enabled</c>, <c>feature-gate</c>, <c>variant</c>,
/// <c>tag-helper</c>, <c>middleware</c>, <c>filter</c> or <c>variant-service</c>.
/// </summary>
public sealed record FeatureFlagReadDocument(string Flag, string Kind, string File, int Line);
