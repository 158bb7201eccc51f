namespace Dashboard.Domain.Scanning;

/// <summary>
/// A key-value selector of an App Configuration provider: which keys and which label a service loads.
/// <see cref="LabelFilter"/> is <see cref="AppConfigLabel.Null"/> for the null label and null when
/// <see cref="Dynamic"/> (computed at run time, e.g. from the environment name), never guessed.
/// </summary>
public sealed record ConfigSelector(string KeyFilter, string? LabelFilter, bool Dynamic, string File, int Line);
