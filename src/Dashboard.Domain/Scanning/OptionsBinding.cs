namespace Dashboard.Domain.Scanning;

/// <summary>A configuration section bound to an options type; <see cref="Type"/> is null when the scanner cannot name it.</summary>
public sealed record OptionsBinding(string Section, string? Type, string File, int Line);
