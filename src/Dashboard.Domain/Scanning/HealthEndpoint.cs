namespace Dashboard.Domain.Scanning;

/// <summary>
/// A mapped health-check endpoint. <see cref="LivenessOnly"/>: a predicate filters the checks down to the process
/// itself. <see cref="RunsDependencyChecks"/>: it runs every registered check and some of them probe dependencies.
/// </summary>
public sealed record HealthEndpoint(string Path, bool LivenessOnly, bool RunsDependencyChecks, string File, int Line);
