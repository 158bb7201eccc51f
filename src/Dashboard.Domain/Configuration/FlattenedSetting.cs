namespace Dashboard.Domain.Configuration;

/// <summary>
/// The configuration entries one key-value turns into (still keyed by store key, before prefix
/// trimming), and, when its content type says JSON but the value does not parse, why.
/// </summary>
public sealed record FlattenedSetting(IReadOnlyList<KeyValuePair<string, string?>> Entries, string? InvalidJsonError)
{
    public bool IsInvalidJson => InvalidJsonError is not null;
}
