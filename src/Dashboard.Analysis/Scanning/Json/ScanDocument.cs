namespace Dashboard.Analysis.Scanning.Json;

/// <summary>The JSON contract of a scan, shared by the command-line tool and <c>POST /api/scan</c>.</summary>
public sealed record ScanDocument(IReadOnlyList<ServiceDocument> Services, IReadOnlyList<DiagnosticDocument> Diagnostics);
