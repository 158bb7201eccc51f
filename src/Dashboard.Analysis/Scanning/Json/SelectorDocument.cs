namespace Dashboard.Analysis.Scanning.Json;

/// <summary>
/// A key-value selector: <see cref="LabelFilter"/> is <c>"\u0000"</c> for the null label and null when
/// <see cref="Dynamic"/> (computed at run time).
/// </summary>
public sealed record SelectorDocument(string KeyFilter, string? LabelFilter, bool Dynamic);
