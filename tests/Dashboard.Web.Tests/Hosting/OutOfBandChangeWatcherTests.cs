using Dashboard.Web.Hosting;
using Dashboard.Web.Tests.Proposals;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Dashboard.Web.Tests.Hosting;

/// <summary>The watcher's timer on a fake clock, over a seeded database: it runs the detector each interval and stops cleanly.</summary>
public sealed class OutOfBandChangeWatcherTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero));
    private ProposalTestWorld _world = null!;

    public async Task InitializeAsync() => _world = await ProposalTestWorld.SeededAsync();

    public Task DisposeAsync()
    {
        _world.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task ExecuteAsync_IntervalPassed_RunsTheDetectorWhichRecordsTheStoreSnapshot()
    {
        using var watcher = Watcher(intervalSeconds: 30);
        await watcher.StartAsync(CancellationToken.None);

        await TickUntilAsync(async () => await SnapshotCountAsync() == 1, TimeSpan.FromSeconds(30));

        await watcher.StopAsync(CancellationToken.None);
        Assert.Equal(1, await SnapshotCountAsync());
    }

    [Fact]
    public async Task StopAsync_AfterARun_EndsTheLoopWithoutError()
    {
        using var watcher = Watcher(intervalSeconds: 60);
        await watcher.StartAsync(CancellationToken.None);
        await TickUntilAsync(async () => await SnapshotCountAsync() == 1, TimeSpan.FromSeconds(60));

        await watcher.StopAsync(CancellationToken.None);

        // Completed, not cancelled: shutdown ends the loop through its own path rather than an escaping cancellation.
        Assert.True(watcher.ExecuteTask!.IsCompletedSuccessfully, $"The watcher ended as {watcher.ExecuteTask.Status}.");
    }

    [Fact]
    public void Validate_IntervalBelowOneSecond_FailsNamingTheSetting()
    {
        var result = new ChangeWatchOptionsValidator().Validate(null, new ChangeWatchOptions { IntervalSeconds = 0 });

        Assert.True(result.Failed);
        Assert.Contains("ChangeWatch:IntervalSeconds", result.FailureMessage);
    }

    private OutOfBandChangeWatcher Watcher(int intervalSeconds) => new(
        _world.Detector, Options.Create(new ChangeWatchOptions { IntervalSeconds = intervalSeconds }), _time, NullLogger<OutOfBandChangeWatcher>.Instance);

    private async Task<int> SnapshotCountAsync()
    {
        await using var db = _world.CreateDbContext();
        return await db.StoreSnapshots.CountAsync();
    }

    // The watcher's loop starts on its own task, so its timer may not exist yet at the first advance: keep ticking until the
    // detector's visible effect appears, with a bound so a broken watcher fails the test.
    private async Task TickUntilAsync(Func<Task<bool>> condition, TimeSpan interval)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The watcher did not run the detector within " + Patience);
            _time.Advance(interval);
            await Task.Delay(20);
        }
    }
}
