namespace Dashboard.Domain.Scanning;

/// <summary>What a scan of a source tree found: one entry per service, plus what it could not read.</summary>
public sealed record ScanResult(IReadOnlyList<ServiceScan> Services, IReadOnlyList<ScanDiagnostic> Diagnostics);
