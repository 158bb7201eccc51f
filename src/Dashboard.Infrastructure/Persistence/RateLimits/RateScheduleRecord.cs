namespace Dashboard.Infrastructure.Persistence.RateLimits;

/// <summary>
/// One shared rate limit: the start of the next free slot. Every instance reserves a batch of consecutive slots by moving
/// <see cref="NextSlotAt"/> forward; <see cref="Version"/> is a concurrency token, so of two instances that read the same row
/// one save succeeds and the other reads again, and no slot is ever handed to two instances.
/// </summary>
public sealed class RateScheduleRecord
{
    public const int MaxNameLength = 100;

    public string Name { get; private set; } = "";
    public DateTimeOffset NextSlotAt { get; private set; }
    public long Version { get; private set; }

    private RateScheduleRecord() { }

    public RateScheduleRecord(string name, DateTimeOffset nextSlotAt)
    {
        Name = name;
        NextSlotAt = nextSlotAt;
        Version = 1;
    }

    /// <summary>
    /// Reserves <paramref name="count"/> slots of <paramref name="interval"/> each, starting now or where the last reservation
    /// ended, whichever is later (unused past slots are not given out again); returns the first slot's start.
    /// </summary>
    public DateTimeOffset Reserve(DateTimeOffset now, int count, TimeSpan interval)
    {
        var first = NextSlotAt > now ? NextSlotAt : now;
        NextSlotAt = first + interval * count;
        Version++;
        return first;
    }
}
