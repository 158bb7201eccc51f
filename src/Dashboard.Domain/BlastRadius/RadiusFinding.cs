namespace Dashboard.Domain.BlastRadius;

/// <summary>A risk found in an affected service's code, at a file and line.</summary>
public sealed record RadiusFinding(string Rule, string Message, string File, int Line);
