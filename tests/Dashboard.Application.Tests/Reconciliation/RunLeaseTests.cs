using Dashboard.Application.Leases;
using Dashboard.Application.Reconciliation;
using Microsoft.Extensions.Time.Testing;

namespace Dashboard.Application.Tests.Reconciliation;

public sealed class RunLeaseTests
{
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(30);

    private sealed class CountingLeases(bool grant) : ILeaseStore
    {
        public int Asked { get; private set; }

        public bool Grant { get; set; } = grant;

        public Task<bool> TryAcquireAsync(string name, string holder, TimeSpan duration, CancellationToken cancellationToken)
        {
            Asked++;
            return Task.FromResult(Grant);
        }

        public Task ReleaseAsync(string name, string holder, CancellationToken cancellationToken) => Task.CompletedTask;
    }

    [Fact]
    public async Task EnsureAsync_WithinAThirdOfTheLease_DoesNotAskTheStoreAgain()
    {
        var time = new FakeTimeProvider();
        var store = new CountingLeases(grant: true);
        var lease = new RunLease(store, "reconciliation-run/1", "instance-a", Duration, time);

        Assert.True(await lease.EnsureAsync(CancellationToken.None));
        time.Advance(TimeSpan.FromSeconds(9));
        Assert.True(await lease.EnsureAsync(CancellationToken.None));

        Assert.Equal(1, store.Asked);
    }

    [Fact]
    public async Task EnsureAsync_AfterAThirdOfTheLease_RenewsItInTheStore()
    {
        var time = new FakeTimeProvider();
        var store = new CountingLeases(grant: true);
        var lease = new RunLease(store, "reconciliation-run/1", "instance-a", Duration, time);
        await lease.EnsureAsync(CancellationToken.None);

        time.Advance(TimeSpan.FromSeconds(10));
        Assert.True(await lease.EnsureAsync(CancellationToken.None));

        Assert.Equal(2, store.Asked);
    }

    [Fact]
    public async Task EnsureAsync_AnotherInstanceTookIt_ReturnsFalseAndAsksAgainNextTime()
    {
        var time = new FakeTimeProvider();
        var store = new CountingLeases(grant: true);
        var lease = new RunLease(store, "reconciliation-run/1", "instance-a", Duration, time);
        await lease.EnsureAsync(CancellationToken.None);
        time.Advance(TimeSpan.FromSeconds(10));
        store.Grant = false;

        Assert.False(await lease.EnsureAsync(CancellationToken.None));
        Assert.False(await lease.EnsureAsync(CancellationToken.None));
        Assert.Equal(3, store.Asked);
    }
}
