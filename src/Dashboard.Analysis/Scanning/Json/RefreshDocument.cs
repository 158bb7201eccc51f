namespace Dashboard.Analysis.Scanning.Json;

/// <summary>A key watched for refresh; with <see cref="RefreshAll"/> it is a sentinel. Labels as in <see cref="SelectorDocument"/>.</summary>
public sealed record RefreshDocument(string Key, string? Label, bool RefreshAll);
