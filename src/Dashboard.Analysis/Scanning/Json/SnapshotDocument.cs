namespace Dashboard.Analysis.Scanning.Json;

/// <summary>A named App Configuration snapshot the service loads instead of live keys.</summary>
public sealed record SnapshotDocument(string Name, string File, int Line);
