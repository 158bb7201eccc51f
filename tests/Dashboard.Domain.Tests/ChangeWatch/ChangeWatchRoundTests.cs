using Dashboard.Domain.Catalog;
using Dashboard.Domain.ChangeWatch;
using Dashboard.Domain.ConfigStores;
using static Dashboard.Domain.Tests.ChangeWatch.Versions;

namespace Dashboard.Domain.Tests.ChangeWatch;

public sealed class ChangeWatchRoundTests
{
    private static Dictionary<string, StoreSnapshot> Snapshots(params StoreSnapshot[] snapshots) =>
        snapshots.ToDictionary(s => s.Store, StringComparer.OrdinalIgnoreCase);

    [Fact]
    public void Apply_FirstLookAtAStore_IsItsBaselineAndFlagsNothing()
    {
        var snapshots = Snapshots();

        var outcome = Assert.Single(ChangeWatchRound.Apply(snapshots, [StoreObservation.Listed("orders", [V("a", null, "a1")])], Noon));

        Assert.Equal((StoreWatchStatus.Baseline, 0), (outcome.Status, outcome.Changes.Count));
        Assert.Equal(["a"], snapshots["orders"].Entries.Select(e => e.Key));
    }

    [Fact]
    public void Apply_OneStoreFails_TheOthersAreStillComparedAndTheFailureNamesTheStore()
    {
        var snapshots = Snapshots(
            StoreSnapshot.Baseline("billing", [V("tax", "prod", "t1")], Noon),
            StoreSnapshot.Baseline("orders", [V("batch", null, "b1")], Noon));
        var failure = ConfigStoreErrors.Unauthorized(ConfigStoreRequest.Read("billing"), null);

        var outcomes = ChangeWatchRound.Apply(snapshots,
            [StoreObservation.Failed("billing", failure), StoreObservation.Listed("orders", [V("batch", null, "b2", 1)])], Noon.AddMinutes(1));

        Assert.Equal([StoreWatchStatus.Failed, StoreWatchStatus.Compared], outcomes.Select(o => o.Status));
        Assert.StartsWith("Store 'billing' could not be read", outcomes[0].Failure);
        Assert.Equal("b2", Assert.Single(outcomes[1].Changes).NewETag);
    }

    [Fact]
    public void Apply_StoreFailedThenRecovers_TheChangeMadeMeanwhileIsStillFound()
    {
        var snapshots = Snapshots(StoreSnapshot.Baseline("billing", [V("tax", "prod", "t1")], Noon));

        ChangeWatchRound.Apply(snapshots, [StoreObservation.Failed("billing", "timeout")], Noon.AddMinutes(1));
        var outcome = Assert.Single(ChangeWatchRound.Apply(snapshots, [StoreObservation.Listed("billing", [V("tax", "prod", "t2", 30)])], Noon.AddMinutes(2)));

        Assert.Equal((ObservedChangeKind.Modified, "t1", "t2"), (outcome.Changes[0].Kind, outcome.Changes[0].PreviousETag, outcome.Changes[0].NewETag));
    }

    [Fact]
    public void Advance_EachChange_IsFlaggedOnceAcrossRounds()
    {
        var snapshot = StoreSnapshot.Baseline("billing", [V("a", null, "a1"), V("b", null, "b1")], Noon);

        var first = snapshot.Advance([V("b", null, "b1"), V("a", null, "a2")], Noon.AddSeconds(1));
        var second = snapshot.Advance([V("a", null, "a2"), V("b", null, "b1")], Noon.AddSeconds(2));
        var third = snapshot.Advance([V("a", null, "a2")], Noon.AddSeconds(3));

        Assert.Equal([ObservedChangeKind.Modified], first.Select(c => c.Kind));
        Assert.Empty(second);
        Assert.Equal([(ObservedChangeKind.Deleted, "b")], third.Select(c => (c.Kind, c.Key)));
        Assert.Equal(3, snapshot.Version);
        Assert.Equal([("a", "a2")], snapshot.Entries.Select(e => (e.Key, e.ETag)));
    }

    [Fact]
    public void Advance_DeletedThenRecreated_IsADeletionThenAnAddition()
    {
        var snapshot = StoreSnapshot.Baseline("billing", [V("a", null, "a1")], Noon);

        var deleted = snapshot.Advance([], Noon.AddSeconds(1));
        var recreated = snapshot.Advance([V("a", null, "a9", 2)], Noon.AddSeconds(2));

        Assert.Equal(ObservedChangeKind.Deleted, Assert.Single(deleted).Kind);
        Assert.Equal((ObservedChangeKind.Added, "a9"), (Assert.Single(recreated).Kind, recreated[0].NewETag));
    }

    [Fact]
    public void Advance_LookOlderThanTheSnapshot_IsRefused()
    {
        var snapshot = StoreSnapshot.Baseline("billing", [], Noon);

        Assert.Throws<DomainException>(() => snapshot.Advance([], Noon.AddSeconds(-1)));
    }

    [Fact]
    public async Task ObserveAsync_OneStoreThrows_EveryOtherStoreIsStillListed()
    {
        var clients = new Clients();
        clients.Failing["billing"] = ConfigStoreErrors.Unreachable(ConfigStoreRequest.Read("billing"), ConfigStoreFault.Dns, "billing.azconfig.io", null);
        clients.Failing["broken"] = new InvalidOperationException("unreadable body");
        var stores = new[] { Store("billing"), Store("broken"), Store("orders") };

        var observations = await StoreObserver.ObserveAsync(stores, clients, CancellationToken.None);

        Assert.Equal([false, false, true], observations.Select(o => o.Succeeded));
        Assert.Equal(ConfigStoreErrorKind.Unreachable, observations[0].FailureKind);
        Assert.Contains("does not resolve (DNS)", observations[0].Failure);
        Assert.Equal("Store 'broken' could not be read: unreadable body", observations[1].Failure);
        Assert.Equal(["a"], observations[2].Versions!.Select(v => v.Key));
    }

    private static ConfigStore Store(string name) => new(name, ConfigStoreKind.Local, null);

    private sealed class Clients : IConfigStoreClientFactory
    {
        public Dictionary<string, Exception> Failing { get; } = [];

        public IConfigStoreClient For(ConfigStore store) => new ListingOnly(Failing.GetValueOrDefault(store.Name));
    }

    private sealed class ListingOnly(Exception? failure) : IConfigStoreClient
    {
        public async IAsyncEnumerable<ConfigSetting> ListSettingsAsync(ConfigSettingFilter filter, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            await Task.Yield();
            if (failure is not null) throw failure;
            yield return new ConfigSetting("a", null, "v", null, "a1", new Dictionary<string, string>(), false, Noon);
        }

        public Task<ConfigReadResult> GetSettingAsync(string key, string? label, string? ifNoneMatchETag = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public Task<ConfigSetting> SetSettingAsync(ConfigSettingWrite setting, ConfigWriteCondition condition, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public Task<ConfigSetting?> DeleteSettingAsync(string key, string? label, string? ifMatchETag = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public Task<ConfigSetting> LockSettingAsync(string key, string? label, string? ifMatchETag = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public Task<ConfigSetting> UnlockSettingAsync(string key, string? label, string? ifMatchETag = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();
        public IAsyncEnumerable<ConfigSetting> ListRevisionsAsync(ConfigSettingFilter filter, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    }
}
