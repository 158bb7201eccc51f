namespace Dashboard.Analysis.Scanning.Json;

/// <summary>An options type and the keys binding fills, relative to its section (<c>Items:*</c>: anything below).</summary>
public sealed record OptionsTypeDocument(string Name, IReadOnlyList<string> Keys, string File, int Line);
