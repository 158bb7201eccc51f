namespace Dashboard.Analysis.Scanning.Json;

/// <summary>
/// A key watched for refresh; with <see cref="RefreshAll"/> it is a sentinel. Labels as in <see cref="SelectorDocument"/>.
/// <see cref="LoadedByRegistration"/>: no selector loads it, the registration itself does.
/// </summary>
public sealed record RefreshDocument(string Key, string? Label, bool RefreshAll, bool LoadedByRegistration, string File, int Line);
