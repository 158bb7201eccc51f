namespace Dashboard.Analysis.Scanning.Json;

/// <summary>A mapped health-check endpoint; <see cref="LivenessOnly"/> when it checks the process alone.</summary>
public sealed record HealthEndpointDocument(string Path, bool LivenessOnly);
