namespace Dashboard.Analysis.Scanning.Json;

/// <summary>A risk found in code; <see cref="Rule"/> is one of <c>ScanRules</c>.</summary>
public sealed record FindingDocument(string Rule, string Message, string File, int Line);
