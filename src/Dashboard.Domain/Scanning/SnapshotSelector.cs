namespace Dashboard.Domain.Scanning;

/// <summary>A provider that loads a named App Configuration snapshot instead of live keys.</summary>
public sealed record SnapshotSelector(string Name, string File, int Line);
