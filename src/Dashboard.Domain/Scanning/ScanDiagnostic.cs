namespace Dashboard.Domain.Scanning;

/// <summary>Something the scanner could not read (a file that does not parse, a value it cannot evaluate).</summary>
public sealed record ScanDiagnostic(string File, string Message);
