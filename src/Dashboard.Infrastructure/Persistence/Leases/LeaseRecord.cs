namespace Dashboard.Infrastructure.Persistence.Leases;

/// <summary>
/// One named lease row: who holds it and until when. <see cref="Version"/> is a concurrency token, so of two instances
/// that read the same row and both try to take it, one save succeeds and the other's fails.
/// </summary>
public sealed class LeaseRecord
{
    public const int MaxNameLength = 100;
    public const int MaxOwnerLength = 200;

    public string Name { get; private set; } = "";
    public string Owner { get; private set; } = "";
    public DateTimeOffset ExpiresAt { get; private set; }
    public long Version { get; private set; }

    private LeaseRecord() { }

    public LeaseRecord(string name, string owner, DateTimeOffset expiresAt)
    {
        Name = name;
        Owner = owner;
        ExpiresAt = expiresAt;
        Version = 1;
    }

    public bool IsHeldBy(string owner) => string.Equals(Owner, owner, StringComparison.Ordinal);

    /// <summary>Free for <paramref name="owner"/>: theirs already, or whoever held it stopped renewing.</summary>
    public bool IsFreeFor(string owner, DateTimeOffset now) => IsHeldBy(owner) || ExpiresAt <= now;

    public void GiveTo(string owner, DateTimeOffset expiresAt)
    {
        Owner = owner;
        ExpiresAt = expiresAt;
        Version++;
    }

    public void Expire(DateTimeOffset now)
    {
        ExpiresAt = now;
        Version++;
    }
}
