using System.Collections.Concurrent;
using Dashboard.Infrastructure.Persistence;
using Dashboard.Infrastructure.Persistence.RateLimits;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Dashboard.Infrastructure.Tests.Persistence;

/// <summary>Limiters of two dashboard instances, each with its own context factory, sharing one SQLite file and one (fake) clock.</summary>
public sealed class SharedRateLimiterTests
{
    private const string Name = "payment-gateway";
    private const int PerSecond = 10;
    private const int Batch = 3;
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1.0 / PerSecond);
    private static readonly DateTimeOffset Start = new(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task AcquireAsync_TwoLimitersOnOneDatabase_TogetherNeverExceedTheRateInAnySecond()
    {
        using var database = await SqliteTestDatabase.MigratedAsync();
        var time = new FakeTimeProvider(Start);
        using var first = new SharedRateLimiter(database.Factory, time, Name, PerSecond, Batch);
        using var second = new SharedRateLimiter(OtherInstance(database), time, Name, PerSecond, Batch);
        var grants = new ConcurrentQueue<(int Limiter, DateTimeOffset At)>();
        using var stop = new CancellationTokenSource();
        // Two callers per instance, asking all the time: far more demand than the shared rate.
        var callers = new[] { first, first, second, second }.Select((limiter, i) => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                using var lease = await limiter.AcquireAsync(1, stop.Token);
                grants.Enqueue((i / 2, time.GetUtcNow()));
            }
        })).ToList();

        var seconds = 4;
        for (var step = 0; step < seconds * 50; step++)
        {
            time.Advance(TimeSpan.FromMilliseconds(20));
            await SettledAsync(grants);
        }
        await stop.CancelAsync();
        await Task.WhenAll(callers.Select(c => c.ContinueWith(_ => { }, TaskScheduler.Default)));

        var times = grants.Select(g => g.At).Order().ToList();
        var busiestSecond = times.Max(t => times.Count(u => u >= t && u < t.AddSeconds(1)));
        Assert.True(busiestSecond <= PerSecond + 1, $"{busiestSecond} permits in one second; the shared limit is {PerSecond}/s (+1 for a slot on the boundary).");
        Assert.True(times.Count >= PerSecond * seconds * 8 / 10, $"Only {times.Count} permits in {seconds} s at {PerSecond}/s: the instances lost the slots they reserved.");
        Assert.Equal([0, 1], grants.Select(g => g.Limiter).Distinct().Order());
    }

    [Fact]
    public async Task AcquireAsync_SecondInstance_GetsTheSlotsAfterTheFirstInstancesBatch()
    {
        using var database = await SqliteTestDatabase.MigratedAsync();
        var time = new FakeTimeProvider(Start);
        using var first = new SharedRateLimiter(database.Factory, time, Name, PerSecond, Batch);
        using var second = new SharedRateLimiter(OtherInstance(database), time, Name, PerSecond, Batch);
        using (var lease = await first.AcquireAsync(1)) Assert.True(lease.IsAcquired);

        var waiting = second.AcquireAsync(1).AsTask();
        await WaitForScheduleAsync(database, Start + Interval * Batch * 2);
        time.Advance(Interval * Batch - TimeSpan.FromMilliseconds(1));
        await Task.Delay(50);
        Assert.False(waiting.IsCompleted, "The second instance was granted a slot the first had reserved.");

        time.Advance(TimeSpan.FromMilliseconds(1));
        using var granted = await waiting.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(granted.IsAcquired);
    }

    [Fact]
    public async Task AcquireAsync_WithinABatch_ReadsTheDatabaseOncePerBatch()
    {
        using var database = await SqliteTestDatabase.MigratedAsync();
        var time = new FakeTimeProvider(Start);
        using var limiter = new SharedRateLimiter(database.Factory, time, Name, PerSecond, Batch);

        var schedules = new List<DateTimeOffset>();
        for (var call = 0; call < Batch + 1; call++)
        {
            // Each call comes when its slot opens, so none waits and the clock never moves under a reservation.
            if (call > 0) time.Advance(Interval);
            using var lease = await limiter.AcquireAsync(1).AsTask().WaitAsync(TimeSpan.FromSeconds(10));
            schedules.Add(await NextSlotAsync(database));
        }

        // The first call reserves a batch and the next ones use it; the call that takes the batch's last slot reserves the next
        // batch first, so that round trip is not made after the batch has run out.
        Assert.Equal([.. Enumerable.Repeat(Start + Interval * Batch, Batch - 1), Start + Interval * Batch * 2, Start + Interval * Batch * 2], schedules);
    }

    [Fact]
    public async Task AttemptAcquire_SlotsMissedWhileIdle_AreDroppedNotUsedLate()
    {
        using var database = await SqliteTestDatabase.MigratedAsync();
        var time = new FakeTimeProvider(Start);
        using var limiter = new SharedRateLimiter(database.Factory, time, Name, PerSecond, Batch);
        (await limiter.AcquireAsync(1)).Dispose();
        time.Advance(Interval);
        using (var open = limiter.AttemptAcquire(1)) Assert.True(open.IsAcquired);

        time.Advance(TimeSpan.FromSeconds(5));

        using (var missed = limiter.AttemptAcquire(1)) Assert.False(missed.IsAcquired);
        (await limiter.AcquireAsync(1)).Dispose();
        Assert.Equal(time.GetUtcNow() + Interval * Batch, await NextSlotAsync(database));
    }

    [Fact]
    public async Task AcquireAsync_CancelledWhileWaiting_ThrowsGrantsNothingAndLetsTheNextCallerIn()
    {
        using var database = await SqliteTestDatabase.MigratedAsync();
        var time = new FakeTimeProvider(Start);
        using var limiter = new SharedRateLimiter(database.Factory, time, Name, PerSecond, Batch);
        (await limiter.AcquireAsync(1)).Dispose();
        using var cancel = new CancellationTokenSource();

        var waiting = limiter.AcquireAsync(1, cancel.Token).AsTask();
        var queued = limiter.AcquireAsync(1).AsTask();
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting.WaitAsync(TimeSpan.FromSeconds(10)));
        time.Advance(Interval * 2);
        using var next = await queued.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(next.IsAcquired);
        Assert.Equal(2, limiter.GetStatistics().TotalSuccessfulLeases);
    }

    [Fact]
    public void AcquireAsync_MoreThanOnePermit_IsRefusedWithTheReason()
    {
        using var database = new SqliteTestDatabase();
        using var limiter = new SharedRateLimiter(database.Factory, TimeProvider.System, Name, PerSecond, Batch);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => limiter.AttemptAcquire(2));

        Assert.Contains("one permit per call", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Gives the callers real time to act on the clock's last step: until no permit has been granted for a while.</summary>
    private static async Task SettledAsync<T>(ConcurrentQueue<T> grants)
    {
        var seen = -1;
        while (seen != grants.Count)
        {
            seen = grants.Count;
            await Task.Delay(15);
        }
    }

    private static async Task WaitForScheduleAsync(SqliteTestDatabase database, DateTimeOffset expected)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (await NextSlotAsync(database) != expected) await Task.Delay(10, timeout.Token);
    }

    private static async Task<DateTimeOffset> NextSlotAsync(SqliteTestDatabase database)
    {
        await using var db = await database.Factory.CreateDbContextAsync();
        return (await db.RateSchedules.SingleAsync(s => s.Name == Name)).NextSlotAt;
    }

    private static IDbContextFactory<DashboardDbContext> OtherInstance(SqliteTestDatabase database) =>
        new OtherInstanceFactory(new DbContextOptionsBuilder<SqliteDashboardDbContext>().UseSqlite(database.ConnectionString).Options);

    private sealed class OtherInstanceFactory(DbContextOptions<SqliteDashboardDbContext> options) : IDbContextFactory<DashboardDbContext>
    {
        public DashboardDbContext CreateDbContext() => new SqliteDashboardDbContext(options);
    }
}
