namespace Dashboard.Domain.Proposals;

/// <summary>Who last changed a key and when, as far as the store's revision history tells; either may be unknown.</summary>
public sealed record SettingChange(string? ChangedBy, DateTimeOffset? ChangedAt)
{
    public static readonly SettingChange Unknown = new(null, null);

    public string Describe() => (ChangedBy, ChangedAt) switch
    {
        (null, null) => "by someone else (the store did not say who or when)",
        (not null, null) => $"by {ChangedBy}",
        (null, { } at) => $"at {at:u}",
        ({ } by, { } at) => $"by {by} at {at:u}",
    };
}
