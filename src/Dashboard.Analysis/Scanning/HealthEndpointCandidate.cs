namespace Dashboard.Analysis.Scanning;

// A mapped health endpoint before the service's registered checks are known (they may live in another file).
internal sealed record HealthEndpointCandidate(string Path, bool Filtered, bool LivenessOnly, SourceLine Location);
