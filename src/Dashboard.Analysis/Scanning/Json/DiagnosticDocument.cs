namespace Dashboard.Analysis.Scanning.Json;

/// <summary>A file the scanner could not read, or read only in part, where (line null: the whole file) and why.</summary>
public sealed record DiagnosticDocument(string File, int? Line, string Message);
