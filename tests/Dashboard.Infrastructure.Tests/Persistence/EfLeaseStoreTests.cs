using Dashboard.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Dashboard.Infrastructure.Tests.Persistence;

/// <summary>Two dashboard instances, each with its own store and clock, sharing one SQLite file.</summary>
public sealed class EfLeaseStoreTests
{
    private const string Lease = "health-probes";
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(30);
    private static readonly DateTimeOffset Start = new(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task TryAcquireAsync_TwoStoresContendAtOnce_ExactlyOneWins()
    {
        using var database = await SqliteTestDatabase.MigratedAsync();
        var time = new FakeTimeProvider(Start);
        var first = new EfLeaseStore(SecondFactory(database), time);
        var second = new EfLeaseStore(SecondFactory(database), time);

        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(i =>
            (i % 2 == 0 ? first : second).TryAcquireAsync(Lease, i % 2 == 0 ? "instance-a" : "instance-b", Duration, CancellationToken.None)));

        await using var db = await database.Factory.CreateDbContextAsync();
        var stored = await db.Leases.SingleAsync();
        var winners = results.Select((won, i) => (won, holder: i % 2 == 0 ? "instance-a" : "instance-b")).Where(r => r.won).Select(r => r.holder).Distinct().ToList();
        Assert.Equal([stored.Owner], winners);
    }

    [Fact]
    public async Task TryAcquireAsync_HeldAndUnexpired_RefusedToOtherAndRenewedForHolder()
    {
        using var database = await SqliteTestDatabase.MigratedAsync();
        var time = new FakeTimeProvider(Start);
        var mine = new EfLeaseStore(database.Factory, time);
        var theirs = new EfLeaseStore(SecondFactory(database), time);
        Assert.True(await mine.TryAcquireAsync(Lease, "instance-a", Duration, CancellationToken.None));

        time.Advance(TimeSpan.FromSeconds(20));
        var taken = await theirs.TryAcquireAsync(Lease, "instance-b", Duration, CancellationToken.None);
        var renewed = await mine.TryAcquireAsync(Lease, "instance-a", Duration, CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(20));
        var takenAfterRenewal = await theirs.TryAcquireAsync(Lease, "instance-b", Duration, CancellationToken.None);

        Assert.Equal((false, true, false), (taken, renewed, takenAfterRenewal));
    }

    [Fact]
    public async Task TryAcquireAsync_HolderStoppedRenewing_TakenOverAfterExpiry()
    {
        using var database = await SqliteTestDatabase.MigratedAsync();
        var time = new FakeTimeProvider(Start);
        var dead = new EfLeaseStore(database.Factory, time);
        var standby = new EfLeaseStore(SecondFactory(database), time);
        Assert.True(await dead.TryAcquireAsync(Lease, "instance-a", Duration, CancellationToken.None));

        time.Advance(Duration);
        var taken = await standby.TryAcquireAsync(Lease, "instance-b", Duration, CancellationToken.None);
        var deadComesBack = await dead.TryAcquireAsync(Lease, "instance-a", Duration, CancellationToken.None);

        Assert.Equal((true, false), (taken, deadComesBack));
    }

    [Fact]
    public async Task ReleaseAsync_ByHolder_OtherTakesItAtOnce()
    {
        using var database = await SqliteTestDatabase.MigratedAsync();
        var time = new FakeTimeProvider(Start);
        var mine = new EfLeaseStore(database.Factory, time);
        var theirs = new EfLeaseStore(SecondFactory(database), time);
        Assert.True(await mine.TryAcquireAsync(Lease, "instance-a", Duration, CancellationToken.None));

        await theirs.ReleaseAsync(Lease, "instance-b", CancellationToken.None);
        var beforeRelease = await theirs.TryAcquireAsync(Lease, "instance-b", Duration, CancellationToken.None);
        await mine.ReleaseAsync(Lease, "instance-a", CancellationToken.None);
        var afterRelease = await theirs.TryAcquireAsync(Lease, "instance-b", Duration, CancellationToken.None);

        Assert.Equal((false, true), (beforeRelease, afterRelease));
    }

    /// <summary>Another process's view of the same file: its own options, its own connections.</summary>
    private static IDbContextFactory<DashboardDbContext> SecondFactory(SqliteTestDatabase database) =>
        new OtherInstanceFactory(new DbContextOptionsBuilder<SqliteDashboardDbContext>().UseSqlite(database.ConnectionString).Options);

    private sealed class OtherInstanceFactory(DbContextOptions<SqliteDashboardDbContext> options) : IDbContextFactory<DashboardDbContext>
    {
        public DashboardDbContext CreateDbContext() => new SqliteDashboardDbContext(options);
    }
}
