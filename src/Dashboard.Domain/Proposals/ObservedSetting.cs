namespace Dashboard.Domain.Proposals;

/// <summary>What a store held for a key at one moment; a null ETag means the key did not exist.</summary>
public sealed record ObservedSetting(string? Value, string? ContentType, string? ETag)
{
    public static readonly ObservedSetting Absent = new(null, null, null);

    public bool Exists => ETag is not null;

    public override string ToString() => Exists ? $"'{Value}' (ETag '{ETag}')" : "(no such key)";
}
