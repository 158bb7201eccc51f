namespace Dashboard.Domain.Scanning;

/// <summary>
/// A key watched for refresh. With <see cref="RefreshAll"/> it is a sentinel: a change reloads every selected key.
/// <see cref="Label"/> follows the same rules as <see cref="ConfigSelector.LabelFilter"/>. <see cref="LoadedByRegistration"/>:
/// no selector covers the key, but the provider loads a registered key anyway, so the service holds (and may read) it.
/// </summary>
public sealed record RefreshRegistration(string Key, string? Label, bool Dynamic, bool RefreshAll, string File, int Line)
{
    public bool LoadedByRegistration { get; init; }
}
