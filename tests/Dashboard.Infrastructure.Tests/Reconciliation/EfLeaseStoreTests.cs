using Dashboard.Infrastructure.Persistence;
using Dashboard.Infrastructure.Tests.Persistence;
using Microsoft.Extensions.Time.Testing;

namespace Dashboard.Infrastructure.Tests.Reconciliation;

public class EfLeaseStoreTests
{
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task TryAcquireAsync_HeldByAnother_RefusedUntilItExpires()
    {
        using var database = await SqliteTestDatabase.MigratedAsync();
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var leases = new EfLeaseStore(database.Factory, time);

        var first = await leases.TryAcquireAsync("run", "a", Duration, CancellationToken.None);
        var second = await leases.TryAcquireAsync("run", "b", Duration, CancellationToken.None);
        var renewed = await leases.TryAcquireAsync("run", "a", Duration, CancellationToken.None);
        time.Advance(Duration + TimeSpan.FromSeconds(1));
        var takenOver = await leases.TryAcquireAsync("run", "b", Duration, CancellationToken.None);
        var formerHolder = await leases.TryAcquireAsync("run", "a", Duration, CancellationToken.None);

        Assert.Equal((true, false, true, true, false), (first, second, renewed, takenOver, formerHolder));
    }

    [Fact]
    public async Task ReleaseAsync_ByTheHolder_LetsAnotherTakeItAtOnce()
    {
        using var database = await SqliteTestDatabase.MigratedAsync();
        var leases = new EfLeaseStore(database.Factory, TimeProvider.System);
        await leases.TryAcquireAsync("run", "a", Duration, CancellationToken.None);

        await leases.ReleaseAsync("run", "b", CancellationToken.None);
        var whileHeld = await leases.TryAcquireAsync("run", "b", Duration, CancellationToken.None);
        await leases.ReleaseAsync("run", "a", CancellationToken.None);
        var afterRelease = await leases.TryAcquireAsync("run", "b", Duration, CancellationToken.None);

        Assert.False(whileHeld);
        Assert.True(afterRelease);
    }

    [Fact]
    public async Task TryAcquireAsync_TwoInstancesRacingForAFreeLease_OnlyOneWins()
    {
        using var database = await SqliteTestDatabase.MigratedAsync();
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var leases = new EfLeaseStore(database.Factory, time);

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => leases.TryAcquireAsync("run", $"instance-{i}", Duration, CancellationToken.None)));

        Assert.Equal(1, results.Count(won => won));
    }
}
