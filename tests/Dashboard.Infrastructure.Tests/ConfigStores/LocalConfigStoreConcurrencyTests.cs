using Dashboard.Domain.ConfigStores;
using Dashboard.Infrastructure.ConfigStores;
using Dashboard.Infrastructure.Tests.Persistence;

namespace Dashboard.Infrastructure.Tests.ConfigStores;

/// <summary>Conditional writes decided by the database, so two writers holding the same ETag cannot both win.</summary>
public sealed class LocalConfigStoreConcurrencyTests
{
    private const string Store = "shared-config";
    private const string Key = "tax.rate.default";
    private const string Label = "production";

    [Fact]
    public async Task SetSettingAsync_TwoWritersWithTheSameETag_ExactlyOneWins()
    {
        using var database = await SqliteTestDatabase.MigratedAsync();
        // Two registries: two independent store instances, each opening its own contexts, as two servers would.
        var alice = new LocalConfigStoreRegistry(database.Factory, TimeProvider.System).Get(Store).WithActor("alice");
        var bob = new LocalConfigStoreRegistry(database.Factory, TimeProvider.System).Get(Store).WithActor("bob");
        var current = await alice.SetSettingAsync(new ConfigSettingWrite(Key, Label, "0.08"), ConfigWriteCondition.Always);

        for (var round = 1; round <= 5; round++)
        {
            var condition = ConfigWriteCondition.IfUnchanged(current.ETag!);
            var attempts = new[]
            {
                Attempt(alice.SetSettingAsync(new ConfigSettingWrite(Key, Label, $"alice-{round}"), condition)),
                Attempt(bob.SetSettingAsync(new ConfigSettingWrite(Key, Label, $"bob-{round}"), condition)),
            };

            var outcomes = await Task.WhenAll(attempts);

            var winner = Assert.Single(outcomes, o => o.Setting is not null).Setting!;
            var loser = Assert.Single(outcomes, o => o.Error is not null).Error!;
            Assert.Equal(ConfigStoreErrorKind.ETagMismatch, loser.Kind);
            var stored = (await alice.GetSettingAsync(Key, Label)).Setting!;
            Assert.Equal((winner.Value, winner.ETag), (stored.Value, stored.ETag));
            current = stored;
        }
        var history = await alice.ListHistoryAsync(ConfigSettingFilter.ForSetting(Key, Label)).ToListAsync();
        Assert.Equal(6, history.Count);
    }

    [Fact]
    public async Task SetSettingAsync_TwoCreateOnlyWriters_ExactlyOneCreates()
    {
        using var database = await SqliteTestDatabase.MigratedAsync();
        var alice = new LocalConfigStoreRegistry(database.Factory, TimeProvider.System).Get(Store);
        var bob = new LocalConfigStoreRegistry(database.Factory, TimeProvider.System).Get(Store);

        var outcomes = await Task.WhenAll(
            Attempt(alice.SetSettingAsync(new ConfigSettingWrite(Key, Label, "0.08"), ConfigWriteCondition.IfAbsent)),
            Attempt(bob.SetSettingAsync(new ConfigSettingWrite(Key, Label, "0.0825"), ConfigWriteCondition.IfAbsent)));

        var created = Assert.Single(outcomes, o => o.Setting is not null).Setting!;
        Assert.Equal(ConfigStoreErrorKind.AlreadyExists, Assert.Single(outcomes, o => o.Error is not null).Error!.Kind);
        Assert.Equal(created.Value, (await alice.GetSettingAsync(Key, Label)).Setting!.Value);
    }

    [Fact]
    public async Task SetSettingAsync_OtherWriterChangesItBetweenReadAndWrite_DatabaseRefusesTheStaleETag()
    {
        using var database = await SqliteTestDatabase.MigratedAsync();
        var other = database.ConfigStores.Get(Store);
        var read = await other.SetSettingAsync(new ConfigSettingWrite(Key, Label, "0.08"), ConfigWriteCondition.Always);
        var racing = Racing(database, () => other.SetSettingAsync(new ConfigSettingWrite(Key, Label, "0.0825"), ConfigWriteCondition.Always));

        var refused = await Assert.ThrowsAsync<ConfigStoreException>(() =>
            racing.SetSettingAsync(new ConfigSettingWrite(Key, Label, "0.09"), ConfigWriteCondition.IfUnchanged(read.ETag!)));

        Assert.Equal(ConfigStoreErrorKind.ETagMismatch, refused.Kind);
        Assert.Equal("0.0825", (await other.GetSettingAsync(Key, Label)).Setting!.Value);
    }

    [Fact]
    public async Task SetSettingAsync_OtherWriterCreatesItBetweenReadAndWrite_CreateOnlyThrowsAlreadyExists()
    {
        using var database = await SqliteTestDatabase.MigratedAsync();
        var other = database.ConfigStores.Get(Store);
        var racing = Racing(database, () => other.SetSettingAsync(new ConfigSettingWrite(Key, Label, "0.0825"), ConfigWriteCondition.IfAbsent));

        var refused = await Assert.ThrowsAsync<ConfigStoreException>(() =>
            racing.SetSettingAsync(new ConfigSettingWrite(Key, Label, "0.08"), ConfigWriteCondition.IfAbsent));

        Assert.Equal(ConfigStoreErrorKind.AlreadyExists, refused.Kind);
        Assert.Equal("0.0825", (await other.GetSettingAsync(Key, Label)).Setting!.Value);
    }

    [Fact]
    public async Task SetSettingAsync_UnconditionalWriteLosesTheRace_RetriesAndWins()
    {
        using var database = await SqliteTestDatabase.MigratedAsync();
        var other = database.ConfigStores.Get(Store);
        await other.SetSettingAsync(new ConfigSettingWrite(Key, Label, "0.08"), ConfigWriteCondition.Always);
        var racing = Racing(database, () => other.SetSettingAsync(new ConfigSettingWrite(Key, Label, "0.0825"), ConfigWriteCondition.Always));

        var written = await racing.SetSettingAsync(new ConfigSettingWrite(Key, Label, "0.09"), ConfigWriteCondition.Always);

        var stored = (await other.GetSettingAsync(Key, Label)).Setting!;
        Assert.Equal(("0.09", written.ETag), (stored.Value, stored.ETag));
        var values = await other.ListRevisionsAsync(ConfigSettingFilter.ForSetting(Key, Label)).Select(r => r.Value).ToListAsync();
        Assert.Equal(["0.09", "0.0825", "0.08"], values);
    }

    [Fact]
    public async Task SetSettingAsync_KeyLockedBetweenReadAndWrite_ThrowsLocked()
    {
        using var database = await SqliteTestDatabase.MigratedAsync();
        var other = database.ConfigStores.Get(Store);
        await other.SetSettingAsync(new ConfigSettingWrite(Key, Label, "0.08"), ConfigWriteCondition.Always);
        var racing = Racing(database, () => other.LockSettingAsync(Key, Label));

        var refused = await Assert.ThrowsAsync<ConfigStoreException>(() =>
            racing.SetSettingAsync(new ConfigSettingWrite(Key, Label, "0.0825"), ConfigWriteCondition.Always));

        Assert.Equal(ConfigStoreErrorKind.Locked, refused.Kind);
        Assert.Equal("0.08", (await other.GetSettingAsync(Key, Label)).Setting!.Value);
    }

    [Fact]
    public async Task DeleteSettingAsync_ChangedBetweenReadAndDelete_StaleIfMatchThrowsETagMismatch()
    {
        using var database = await SqliteTestDatabase.MigratedAsync();
        var other = database.ConfigStores.Get(Store);
        var read = await other.SetSettingAsync(new ConfigSettingWrite(Key, Label, "0.08"), ConfigWriteCondition.Always);
        var racing = Racing(database, () => other.SetSettingAsync(new ConfigSettingWrite(Key, Label, "0.0825"), ConfigWriteCondition.Always));

        var refused = await Assert.ThrowsAsync<ConfigStoreException>(() => racing.DeleteSettingAsync(Key, Label, read.ETag));

        Assert.Equal(ConfigStoreErrorKind.ETagMismatch, refused.Kind);
        Assert.Equal(ConfigReadStatus.Found, (await other.GetSettingAsync(Key, Label)).Status);
    }

    private static LocalConfigStore Racing(SqliteTestDatabase database, Func<Task> otherWriter) =>
        new(new InterleavingContextFactory(database, otherWriter), Store, TimeProvider.System, "racing-writer");

    private static async Task<(ConfigSetting? Setting, ConfigStoreException? Error)> Attempt(Task<ConfigSetting> write)
    {
        try
        {
            return (await write, null);
        }
        catch (ConfigStoreException error)
        {
            return (null, error);
        }
    }
}
