namespace Dashboard.Analysis.Scanning.Json;

/// <summary>A configuration section bound to an options type (null when the scanner cannot name it).</summary>
public sealed record OptionsBindingDocument(string Section, string? Type, string File, int Line);
