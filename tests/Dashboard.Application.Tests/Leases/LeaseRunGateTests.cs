using Dashboard.Application.Leases;
using Microsoft.Extensions.Logging.Abstractions;

namespace Dashboard.Application.Tests.Leases;

public sealed class LeaseRunGateTests
{
    private sealed class ScriptedLeases(params Func<bool>[] answers) : ILeaseStore
    {
        private int _asked;

        public List<string> Released { get; } = [];

        public Task<bool> TryAcquireAsync(string name, string holder, TimeSpan duration, CancellationToken cancellationToken) =>
            Task.FromResult(answers[Math.Min(_asked++, answers.Length - 1)]());

        public Task ReleaseAsync(string name, string holder, CancellationToken cancellationToken)
        {
            Released.Add($"{name}/{holder}");
            return Task.CompletedTask;
        }
    }

    private static LeaseRunGate Gate(ILeaseStore leases) =>
        new(leases, "health-probes", "instance-a", TimeSpan.FromSeconds(30), NullLogger<LeaseRunGate>.Instance);

    [Fact]
    public async Task MayRunAsync_FollowsTheLease()
    {
        var gate = Gate(new ScriptedLeases(() => true, () => false));

        Assert.True(await gate.MayRunAsync(CancellationToken.None));
        Assert.False(await gate.MayRunAsync(CancellationToken.None));
    }

    [Fact]
    public async Task MayRunAsync_LeaseStoreUnreachable_DoesNotRun()
    {
        var gate = Gate(new ScriptedLeases(() => throw new TimeoutException("database unavailable")));

        Assert.False(await gate.MayRunAsync(CancellationToken.None));
    }

    [Fact]
    public async Task StandDownAsync_ReleasesOnlyAHeldLease()
    {
        var leases = new ScriptedLeases(() => false, () => true);
        var gate = Gate(leases);
        await gate.MayRunAsync(CancellationToken.None);
        await gate.StandDownAsync(CancellationToken.None);
        Assert.Empty(leases.Released);

        await gate.MayRunAsync(CancellationToken.None);
        await gate.StandDownAsync(CancellationToken.None);

        Assert.Equal(["health-probes/instance-a"], leases.Released);
    }
}
