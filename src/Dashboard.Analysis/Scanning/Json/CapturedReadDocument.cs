namespace Dashboard.Analysis.Scanning.Json;

/// <summary>A key or bound section read once at start-up and kept: a refresh does not reach it.</summary>
public sealed record CapturedReadDocument(string Key, string Reason, string File, int Line);
