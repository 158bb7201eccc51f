namespace Dashboard.Domain.Scanning;

/// <summary>A configuration key read in code, as the full path (sections joined with <c>:</c>).</summary>
public sealed record ConfigRead(string Key, string File, int Line, ConfigReadKind Kind);
