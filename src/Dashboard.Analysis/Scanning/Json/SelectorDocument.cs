namespace Dashboard.Analysis.Scanning.Json;

/// <summary>
/// A key-value selector: <see cref="LabelFilter"/> is <c>"\u0000"</c> for the null label and null when
/// <see cref="Dynamic"/> (computed at run time); where the <c>Select</c> call is.
/// </summary>
public sealed record SelectorDocument(string KeyFilter, string? LabelFilter, bool Dynamic, string File, int Line);
