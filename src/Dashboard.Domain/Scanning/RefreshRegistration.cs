namespace Dashboard.Domain.Scanning;

/// <summary>
/// A key watched for refresh. With <see cref="RefreshAll"/> it is a sentinel: a change reloads every selected key.
/// <see cref="Label"/> follows the same rules as <see cref="ConfigSelector.LabelFilter"/>.
/// </summary>
public sealed record RefreshRegistration(string Key, string? Label, bool Dynamic, bool RefreshAll, string File, int Line);
