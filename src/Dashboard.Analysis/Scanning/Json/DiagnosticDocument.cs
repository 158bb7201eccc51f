namespace Dashboard.Analysis.Scanning.Json;

/// <summary>A file the scanner could not read, and why.</summary>
public sealed record DiagnosticDocument(string File, string Message);
