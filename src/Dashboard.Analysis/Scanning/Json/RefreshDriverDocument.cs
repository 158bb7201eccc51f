namespace Dashboard.Analysis.Scanning.Json;

/// <summary>Evidence that refresh runs: <see cref="How"/> is <c>middleware</c>, <c>refresher</c> or <c>push-notification</c>.</summary>
public sealed record RefreshDriverDocument(string How, string File, int Line);
