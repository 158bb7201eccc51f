using Dashboard.Domain.Reconciliation;
using Dashboard.Infrastructure.Tests.Payments;

namespace Dashboard.Infrastructure.Tests.Reconciliation;

/// <summary>Why a run paused is on the run itself, not only in the audit log: a wrong gateway key against the sandbox on loopback.</summary>
public class ReconciliationPauseTests
{
    [Fact]
    public async Task ProcessAsync_GatewayRefusesTheKey_PausesTheRunWithTheReasonAndActsOnNothing()
    {
        await using var test = await ReconciliationUnderTest.StartAsync();
        var run = await test.ExecutingRunAsync(test.OutageAuthorisations);
        await using var wrongKey = await GatewayUnderTest.StartAsync(apiKey: "sk_test_not_the_sandbox_key");

        await test.Executor(wrongKey.Gateway).ProcessAsync(run.Id, "instance-a", CancellationToken.None);

        var paused = await test.Workflow.GetAsync(run.Id, CancellationToken.None);
        Assert.Equal(ReconciliationRunState.Paused, paused.State);
        Assert.Contains("Paused automatically", paused.PauseReason);
        Assert.Contains("refused the API key", paused.PauseReason);
        Assert.Contains("Fix that, then resume", paused.PauseReason);
        Assert.All(paused.Items, i => Assert.Null(i.Resolution));
        Assert.Empty(await test.EffectsAsync());
    }

    [Fact]
    public async Task ResumeAsync_AfterTheKeyIsFixed_ClearsTheReasonAndCompletes()
    {
        await using var test = await ReconciliationUnderTest.StartAsync();
        var run = await test.ExecutingRunAsync(test.OutageAuthorisations);
        await using (var wrongKey = await GatewayUnderTest.StartAsync(apiKey: "sk_test_not_the_sandbox_key"))
            await test.Executor(wrongKey.Gateway).ProcessAsync(run.Id, "instance-a", CancellationToken.None);

        var resumed = await test.Workflow.ResumeAsync(run.Id, ReconciliationUnderTest.Preparer, CancellationToken.None);
        await test.Executor().ProcessAsync(run.Id, "instance-a", CancellationToken.None);

        Assert.Null(resumed.PauseReason);
        Assert.Equal(ReconciliationRunState.Completed, (await test.Workflow.GetAsync(run.Id, CancellationToken.None)).State);
    }
}
