using Dashboard.Application.Reconciliation;
using Dashboard.Domain.Reconciliation;
using Dashboard.Infrastructure.DemoWorld;
using Dashboard.Infrastructure.Tests.Payments;

namespace Dashboard.Infrastructure.Tests.Reconciliation;

/// <summary>
/// A run never stalls silently: a wrong gateway key (401, 403) or a gateway whose circuit breaker opened pauses it with the
/// reason on the run itself, while classifying or executing, against the sandbox on loopback and its fault injection.
/// </summary>
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
        Assert.Contains("refused the API key (401)", paused.PauseReason);
        Assert.Contains("PaymentGateway:ApiKey", paused.PauseReason);
        Assert.Contains("Fix that, then resume", paused.PauseReason);
        Assert.False(paused.ResumesByItself);
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

    [Fact]
    public async Task ProcessAsync_GatewayRefusesTheKeyWhileClassifying_PausesSayingWhatToFixAndClassifiesAfterResume()
    {
        await using var test = await ReconciliationUnderTest.StartAsync();
        var run = await test.Workflow.CreateAsync(ReconciliationUnderTest.Preparer, test.OutageAuthorisations, CancellationToken.None);
        await using (var wrongKey = await GatewayUnderTest.StartAsync(apiKey: "sk_test_not_the_sandbox_key"))
            await test.Executor(wrongKey.Gateway).ProcessAsync(run.Id, "instance-a", CancellationToken.None);

        var paused = await test.Workflow.GetAsync(run.Id, CancellationToken.None);
        Assert.Equal(ReconciliationRunState.Paused, paused.State);
        Assert.Contains("Paused automatically while classifying", paused.PauseReason);
        Assert.Contains("refused the API key (401)", paused.PauseReason);
        Assert.Empty(paused.Items);

        await test.Workflow.ResumeAsync(run.Id, ReconciliationUnderTest.Preparer, CancellationToken.None);
        await test.Executor().ProcessAsync(run.Id, "instance-a", CancellationToken.None);
        Assert.Equal(ReconciliationRunState.Classified, (await test.Workflow.GetAsync(run.Id, CancellationToken.None)).State);
    }

    [Fact]
    public async Task ProcessAsync_KeyLacksThePermissionToCapture_PausesWithThe403AndCapturesNothing()
    {
        await using var test = await ReconciliationUnderTest.StartAsync();
        var run = await test.ExecutingRunAsync(test.OutageAuthorisations);
        await test.Gateway.AddFaultAsync(new { kind = "error", count = 1000, path = "/v1/payment_intents/", method = "POST", statusCode = 403 });

        await test.Executor().ProcessAsync(run.Id, "instance-a", CancellationToken.None);

        var paused = await test.Workflow.GetAsync(run.Id, CancellationToken.None);
        Assert.Equal(ReconciliationRunState.Paused, paused.State);
        Assert.Contains("refused the API key (403", paused.PauseReason);
        Assert.DoesNotContain(await test.EffectsAsync(), e => e.Kind is "capture" or "cancel");
    }

    [Fact]
    public async Task ProcessAsync_CircuitBreakerOpens_PausesUntilTheGatewayAnswersThenResumesByItselfAndActsOnce()
    {
        await using var test = await ReconciliationUnderTest.StartAsync();
        var run = await test.ExecutingRunAsync(test.OutageAuthorisations);
        await using var flaky = await GatewayUnderTest.StartAsync(retries: 1, circuitBreakSeconds: 2);
        await DemoLedgerSeeder.SeedSandboxAsync(flaky.Sandbox.Store, test.World, CancellationToken.None);
        await flaky.AddFaultAsync(new { kind = "error", count = 100_000, path = "/v1/payment_intents", statusCode = 500 });
        var executor = test.Executor(flaky.Gateway);

        var state = await ProcessUntilAsync(test, executor, run.Id, ReconciliationRunState.Paused);

        Assert.Equal(ReconciliationRunState.Paused, state.State);
        Assert.True(state.ResumesByItself);
        Assert.Contains("circuit breaker open", state.PauseReason);
        Assert.Contains("resumes by itself once the gateway answers again", state.PauseReason);
        await executor.ProcessAsync(run.Id, "instance-a", CancellationToken.None);
        Assert.Equal(ReconciliationRunState.Paused, (await test.Workflow.GetAsync(run.Id, CancellationToken.None)).State);

        await flaky.ClearFaultsAsync();
        var done = await ProcessUntilAsync(test, executor, run.Id, ReconciliationRunState.Completed);

        Assert.Equal(ReconciliationRunState.Completed, done.State);
        Assert.Contains(done.Events, e => e.Kind == RunEventKind.Resumed && e.ActorName.EndsWith("(background run)", StringComparison.Ordinal));
        Assert.DoesNotContain(await flaky.Sandbox.Store.EffectCountsAsync(), e => e.Count > 1);
    }

    /// <summary>Ticks as the runner does, once a second, through transient faults, until the run reaches the state (at most a minute).</summary>
    private static async Task<ReconciliationRun> ProcessUntilAsync(ReconciliationUnderTest test, ReconciliationExecutor executor,
        Guid runId, ReconciliationRunState state)
    {
        for (var tick = 0; tick < 60; tick++)
        {
            try
            {
                await executor.ProcessAsync(runId, "instance-a", CancellationToken.None);
            }
            catch (PaymentGatewayException error) when (error.IsTransient)
            {
                // The runner logs it and tries again at the next tick.
            }
            var run = await test.Workflow.GetAsync(runId, CancellationToken.None);
            if (run.State == state) return run;
            await Task.Delay(TimeSpan.FromSeconds(1));
        }
        return await test.Workflow.GetAsync(runId, CancellationToken.None);
    }
}
