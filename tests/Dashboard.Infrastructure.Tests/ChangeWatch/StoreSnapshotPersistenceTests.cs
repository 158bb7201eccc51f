using Dashboard.Domain.ChangeWatch;
using Dashboard.Domain.ConfigStores;
using Dashboard.Infrastructure.Tests.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Infrastructure.Tests.ChangeWatch;

/// <summary>Snapshots as the database keeps them, and the token that lets one instance of several record a step.</summary>
public sealed class StoreSnapshotPersistenceTests
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);

    private static ConfigSettingVersion V(string key, string? label, string etag) => new(key, label, etag, Noon);

    [Fact]
    public async Task Advance_SavedAndReloaded_ComparesWithTheStoredEntries()
    {
        using var database = await SqliteTestDatabase.MigratedAsync();
        await using (var db = await database.Factory.CreateDbContextAsync())
        {
            db.StoreSnapshots.Add(StoreSnapshot.Baseline("orders-config", [V("a", null, "a1"), V("a", "prod", "p1"), V("b", null, "b1")], Noon));
            await db.SaveChangesAsync();
        }

        IReadOnlyList<ObservedChange> changes;
        await using (var db = await database.Factory.CreateDbContextAsync())
        {
            var snapshot = await db.StoreSnapshots.SingleAsync(s => s.Store == "orders-config");
            changes = snapshot.Advance([V("a", "prod", "p2"), V("a", null, "a1"), V("c", null, "c1")], Noon.AddMinutes(1));
            await db.SaveChangesAsync();
        }

        await using var reread = await database.Factory.CreateDbContextAsync();
        var stored = await reread.StoreSnapshots.AsNoTracking().SingleAsync();
        Assert.Equal([("a", "prod", ObservedChangeKind.Modified), ("b", null, ObservedChangeKind.Deleted), ("c", null, ObservedChangeKind.Added)],
            changes.Select(c => (c.Key, c.Label, c.Kind)));
        Assert.Equal([("a", null, "a1"), ("a", "prod", "p2"), ("c", null, "c1")],
            stored.Entries.Select(e => (e.Key, e.Label, e.ETag)).OrderBy(e => e.Key).ThenBy(e => e.Label));
        Assert.Equal((1L, Noon.AddMinutes(1)), (stored.Version, stored.TakenAt));
    }

    [Fact]
    public async Task Advance_TwoInstancesFromTheSameSnapshot_OnlyOneSaves()
    {
        using var database = await SqliteTestDatabase.MigratedAsync();
        await using (var db = await database.Factory.CreateDbContextAsync())
        {
            db.StoreSnapshots.Add(StoreSnapshot.Baseline("orders-config", [V("a", null, "a1")], Noon));
            await db.SaveChangesAsync();
        }
        await using var first = await database.Factory.CreateDbContextAsync();
        await using var second = await database.Factory.CreateDbContextAsync();
        var mine = await first.StoreSnapshots.SingleAsync();
        var theirs = await second.StoreSnapshots.SingleAsync();

        mine.Advance([V("a", null, "a2")], Noon.AddMinutes(1));
        theirs.Advance([V("a", null, "a2")], Noon.AddMinutes(1));
        await first.SaveChangesAsync();

        // The second instance found the same change: its save fails, so the change is recorded once.
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
    }
}
