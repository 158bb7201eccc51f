using Dashboard.Domain.ChangeWatch;
using static Dashboard.Domain.Tests.ChangeWatch.Versions;

namespace Dashboard.Domain.Tests.ChangeWatch;

public sealed class StoreSnapshotComparerTests
{
    [Fact]
    public void Compare_ChangesToKeysListedInAnyOrder_FindsEveryOne()
    {
        var previous = new[] { V("a", null, "a1"), V("m", null, "m1"), V("z", "prod", "z1") };
        // Listed by key on one look and in reverse on the next: the REST API promises no order.
        var current = new[] { V("z", "prod", "z2", 5), V("m", null, "m1"), V("a", null, "a2", 9) };

        var changes = StoreSnapshotComparer.Compare(previous, current);

        Assert.Equal([("a", ObservedChangeKind.Modified, "a2"), ("z", ObservedChangeKind.Modified, "z2")], changes.Select(c => (c.Key, c.Kind, c.NewETag)));
    }

    [Fact]
    public void Compare_ChangeInTheSameSecondAsTheLastLook_IsFound()
    {
        var previous = new[] { V("tax.rate.default", "production", "e1", second: 0) };
        var current = new[] { V("tax.rate.default", "production", "e2", second: 0) };

        var change = Assert.Single(StoreSnapshotComparer.Compare(previous, current));

        Assert.Equal((ObservedChangeKind.Modified, "e1", "e2"), (change.Kind, change.PreviousETag, change.NewETag));
    }

    [Fact]
    public void Compare_KeyThatDisappeared_IsADeletionWithTheDeletedVersionsETag()
    {
        var previous = new[] { V("a", null, "a1"), V("b", "staging", "b1", 3) };
        var current = new[] { V("a", null, "a1") };

        var change = Assert.Single(StoreSnapshotComparer.Compare(previous, current));

        Assert.Equal((ObservedChangeKind.Deleted, "b", "staging", "b1", (string?)null), (change.Kind, change.Key, change.Label, change.PreviousETag, change.NewETag));
        Assert.Equal("b1", change.ETag);
        Assert.Equal(Noon.AddSeconds(3), change.LastModified);
    }

    [Fact]
    public void Compare_NewKeyAndLabel_IsAnAddition()
    {
        var previous = new[] { V("a", null, "a1") };
        var current = new[] { V("a", null, "a1"), V("a", "prod", "ap1") };

        var change = Assert.Single(StoreSnapshotComparer.Compare(previous, current));

        Assert.Equal((ObservedChangeKind.Added, "a", "prod", (string?)null, "ap1"), (change.Kind, change.Key, change.Label, change.PreviousETag, change.NewETag));
    }

    [Fact]
    public void Compare_SameKeyUnderTheNullLabelAndALabel_AreTwoSettings()
    {
        var previous = new[] { V("k", null, "n1"), V("k", "prod", "p1") };
        var current = new[] { V("k", "prod", "p1"), V("k", null, "n2") };

        var change = Assert.Single(StoreSnapshotComparer.Compare(previous, current));

        Assert.Equal(("k", (string?)null, ObservedChangeKind.Modified), (change.Key, change.Label, change.Kind));
    }

    [Fact]
    public void Compare_NothingChanged_IsEmpty()
    {
        var versions = new[] { V("a", null, "a1"), V("b", "x", "b1") };

        Assert.Empty(StoreSnapshotComparer.Compare(versions, versions.Reverse()));
    }

    [Fact]
    public void Compare_KeyListedTwiceWhileTheStoreChanged_TakesTheLaterVersion()
    {
        var previous = new[] { V("a", null, "a1") };
        var current = new[] { V("a", null, "a3", 7), V("a", null, "a2", 4) };

        var change = Assert.Single(StoreSnapshotComparer.Compare(previous, current));

        Assert.Equal("a3", change.NewETag);
    }

    [Fact]
    public void Compare_ManyChanges_AreReportedByKeyThenLabel()
    {
        var current = new[] { V("b", null, "1"), V("a", "z", "2"), V("a", null, "3") };

        var changes = StoreSnapshotComparer.Compare([], current);

        Assert.Equal([("a", null), ("a", "z"), ("b", null)], changes.Select(c => (c.Key, c.Label)));
    }
}
