namespace Dashboard.Domain.Scanning;

/// <summary>A risk found in a service's code; <see cref="Rule"/> is one of <see cref="ScanRules"/>.</summary>
public sealed record ScanFinding(string Rule, string Message, string File, int Line);
