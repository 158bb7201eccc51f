namespace Dashboard.Infrastructure.Persistence;

/// <summary>
/// One named lease in the dashboard's database: who holds it and until when. <see cref="Version"/> is the concurrency token,
/// so of two instances taking an expired lease at once only one succeeds.
/// </summary>
public sealed class Lease
{
    public string Name { get; set; } = "";
    public string Holder { get; set; } = "";
    public DateTimeOffset ExpiresAt { get; set; }
    public long Version { get; set; }
}
