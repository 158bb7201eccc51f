using System.Threading.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Infrastructure.Persistence.RateLimits;

/// <summary>
/// A rate limit shared by every process that uses the same dashboard database: at most one permit per slot of
/// 1/<c>permitsPerSecond</c> s across all of them, so together they never exceed the rate (in any second at most one more
/// than the rate, for a slot that straddles its boundary). Slots are reserved from the database in batches of
/// <c>batchSize</c> (one round trip per batch, not per call, made while the last slot of the previous batch is still held)
/// with an optimistic-concurrency update of one row, and handed out here one at a time, each no earlier than its start and
/// never after its end: a slot missed (the process paused, nobody wanted it) is dropped, not used late, so a slow instance
/// cannot crowd the next one. Callers of one process queue for the slots in turn. Slot times are judged on each instance's
/// clock: keep the instances' clocks in step (NTP), as for leases.
/// </summary>
public sealed class SharedRateLimiter : RateLimiter
{
    private const int MaxReserveAttempts = 50;

    private readonly IDbContextFactory<DashboardDbContext> _contexts;
    private readonly TimeProvider _time;
    private readonly string _name;
    private readonly int _batchSize;
    private readonly TimeSpan _interval;
    private readonly SemaphoreSlim _turn = new(1, 1);
    private readonly Queue<DateTimeOffset> _slots = new();
    private long _granted;
    private long _refused;
    private int _waiting;
    private long _lastGrantTimestamp;

    public SharedRateLimiter(IDbContextFactory<DashboardDbContext> contexts, TimeProvider time, string name, int permitsPerSecond, int batchSize)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > RateScheduleRecord.MaxNameLength)
            throw new ArgumentException($"Name the rate limit in 1 to {RateScheduleRecord.MaxNameLength} characters, e.g. 'payment-gateway'.", nameof(name));
        ArgumentOutOfRangeException.ThrowIfLessThan(permitsPerSecond, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        _contexts = contexts;
        _time = time;
        _name = name;
        _batchSize = batchSize;
        _interval = TimeSpan.FromTicks(TimeSpan.TicksPerSecond / permitsPerSecond);
        _lastGrantTimestamp = time.GetTimestamp();
    }

    public override TimeSpan? IdleDuration =>
        Volatile.Read(ref _waiting) > 0 ? null : _time.GetElapsedTime(Interlocked.Read(ref _lastGrantTimestamp));

    public override RateLimiterStatistics GetStatistics() => new()
    {
        CurrentAvailablePermits = 0,
        CurrentQueuedCount = Volatile.Read(ref _waiting),
        TotalSuccessfulLeases = Interlocked.Read(ref _granted),
        TotalFailedLeases = Interlocked.Read(ref _refused),
    };

    /// <summary>Grants only when this process holds a slot that is open right now; never waits and never reads the database.</summary>
    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        RequireOnePermit(permitCount);
        if (!_turn.Wait(0)) return Refuse();
        try
        {
            var now = _time.GetUtcNow();
            DropMissedSlots(now);
            if (_slots.TryPeek(out var slot) && slot <= now)
            {
                _slots.Dequeue();
                return Grant();
            }
            return Refuse();
        }
        finally
        {
            _turn.Release();
        }
    }

    /// <summary>Waits for this process's next slot, reserving a batch from the database when it has none left.</summary>
    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        RequireOnePermit(permitCount);
        Interlocked.Increment(ref _waiting);
        try
        {
            await _turn.WaitAsync(cancellationToken);
            try
            {
                while (true)
                {
                    DropMissedSlots(_time.GetUtcNow());
                    // Top up while one slot is still held, so the database round trip overlaps the wait for that slot
                    // instead of starting the next batch late (on a busy database a round trip outlasts a slot).
                    if (_slots.Count <= 1) await ReserveAsync(cancellationToken);
                    var slot = _slots.Dequeue();
                    var wait = slot - _time.GetUtcNow();
                    if (wait > TimeSpan.Zero) await Task.Delay(wait, _time, cancellationToken);
                    if (_time.GetUtcNow() < slot + _interval) return Grant();
                }
            }
            finally
            {
                _turn.Release();
            }
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) _turn.Dispose();
        base.Dispose(disposing);
    }

    private async Task ReserveAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < MaxReserveAttempts; attempt++)
        {
            await using var db = await _contexts.CreateDbContextAsync(cancellationToken);
            var now = _time.GetUtcNow();
            var schedule = await db.RateSchedules.SingleOrDefaultAsync(s => s.Name == _name, cancellationToken);
            if (schedule is null)
            {
                schedule = new RateScheduleRecord(_name, now);
                db.Add(schedule);
            }
            var first = schedule.Reserve(now, _batchSize, _interval);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException error) when (!DatabaseBusy.Is(error))
            {
                // Another instance reserved (or created the row) since it was read: read it again.
                continue;
            }
            for (var i = 0; i < _batchSize; i++) _slots.Enqueue(first + _interval * i);
            return;
        }
        throw new InvalidOperationException(
            $"The shared rate limit '{_name}' could not be reserved after {MaxReserveAttempts} attempts: too many instances compete for it; raise the batch size.");
    }

    private void DropMissedSlots(DateTimeOffset now)
    {
        while (_slots.TryPeek(out var slot) && slot + _interval <= now) _slots.Dequeue();
    }

    private Lease Grant()
    {
        Interlocked.Increment(ref _granted);
        Interlocked.Exchange(ref _lastGrantTimestamp, _time.GetTimestamp());
        return Lease.Acquired;
    }

    private Lease Refuse()
    {
        Interlocked.Increment(ref _refused);
        return Lease.Refused;
    }

    private static void RequireOnePermit(int permitCount)
    {
        if (permitCount != 1)
            throw new ArgumentOutOfRangeException(nameof(permitCount), permitCount, "The shared rate limit hands out one permit per call (one per request).");
    }

    private sealed class Lease(bool isAcquired) : RateLimitLease
    {
        public static readonly Lease Acquired = new(true);
        public static readonly Lease Refused = new(false);

        public override bool IsAcquired => isAcquired;
        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
