using Dashboard.Domain.Reconciliation;

namespace Dashboard.Infrastructure.Tests.Reconciliation;

/// <summary>
/// Several transactions of one run acted on at once against the sandbox on 127.0.0.1: each step still claimed before it is sent
/// and sent once, and an operator's pause still stops the run at once: nothing is claimed after it is saved.
/// </summary>
public class ReconciliationConcurrencyTests
{
    [Fact]
    public async Task ProcessAsync_OperatorPausesWhileTransactionsAreInFlight_ClaimsNothingAfterThePauseAndResumesToCompletion()
    {
        await using var test = await ReconciliationUnderTest.StartAsync();
        var run = await test.ExecutingRunAsync(test.OutageAuthorisations);
        var gateway = new InterruptingGateway(test.Gateway.Gateway, atCapture: 10,
            () => test.Workflow.PauseAsync(run.Id, ReconciliationUnderTest.Preparer, CancellationToken.None));

        await test.Executor(gateway, concurrency: 6).ProcessAsync(run.Id, "instance-a", CancellationToken.None);

        var paused = await test.Workflow.GetAsync(run.Id, CancellationToken.None);
        Assert.Equal(ReconciliationRunState.Paused, paused.State);
        var pausedAt = paused.Events.Last(e => e.Kind == RunEventKind.Paused).At;
        Assert.All(paused.Items.SelectMany(i => i.Steps), s => Assert.True(s.ClaimedAt is null || s.ClaimedAt <= pausedAt, $"{s.IdempotencyKey} was claimed after the pause."));
        Assert.True(paused.Progress.Remaining > 0);

        await test.Workflow.ResumeAsync(run.Id, ReconciliationUnderTest.Preparer, CancellationToken.None);
        await test.Executor(concurrency: 6).ProcessAsync(run.Id, "instance-a", CancellationToken.None);

        var done = await test.Workflow.GetAsync(run.Id, CancellationToken.None);
        Assert.Equal((ReconciliationRunState.Completed, 0), (done.State, done.Progress.Remaining));
        Assert.DoesNotContain(await test.EffectsAsync(), e => e.Count > 1);
        Assert.Equal(done.Items.Count(i => i.Steps.Any(s => s.Action == ReconciliationAction.Capture) && i.Resolution!.Outcome == ItemOutcome.Done),
            (await test.EffectsAsync()).Count(e => e.Kind == "capture"));
    }
}
