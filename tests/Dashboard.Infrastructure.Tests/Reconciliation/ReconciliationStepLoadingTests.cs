using Dashboard.Domain.Reconciliation;

namespace Dashboard.Infrastructure.Tests.Reconciliation;

/// <summary>
/// An execution step reads the run's header with only its next transactions, so its cost does not grow with the run; the
/// transactions it did not read are left as they were, and the last one is read with the whole run so that it completes it.
/// </summary>
public class ReconciliationStepLoadingTests
{
    [Fact]
    public async Task FindForStepAsync_ManyTransactionsToGo_LoadsOnlyTheNextTwoToActOn()
    {
        await using var test = await ReconciliationUnderTest.StartAsync();
        var run = await test.ExecutingRunAsync(test.OutageAuthorisations);
        var expected = run.Items.Where(i => i.IsActionable).OrderBy(i => i.Position).Take(2).Select(i => i.Position).ToList();

        await using var unit = await test.Units.BeginAsync(CancellationToken.None);
        var step = await unit.ReconciliationRuns.FindForStepAsync(run.Id, CancellationToken.None);

        Assert.Equal(expected, step!.Items.Select(i => i.Position).Order().ToList());
        Assert.Equal(expected[0], step.NextItem()!.Position);
        Assert.Throws<InvalidOperationException>(() => step.Progress);
    }

    [Fact]
    public async Task ExecuteNextAsync_StepLoadedWithTwoTransactions_FinishesOneAndLeavesTheOthersIntact()
    {
        await using var test = await ReconciliationUnderTest.StartAsync();
        var run = await test.ExecutingRunAsync(test.OutageAuthorisations);

        Assert.True(await test.Executor().ExecuteNextAsync(run.Id, CancellationToken.None));

        var after = await test.Workflow.GetAsync(run.Id, CancellationToken.None);
        Assert.Equal(run.Items.Count, after.Items.Count);
        Assert.Equal(ReconciliationRunState.Executing, after.State);
        Assert.Equal((run.Progress.Total, 1), (after.Progress.Total, after.Progress.Finished));
        var first = after.Items.Where(i => i.IsActionable).MinBy(i => i.Position)!;
        Assert.NotNull(first.Resolution);
        Assert.All(after.Items.Where(i => i != first), i => Assert.Equal(run.Items.Single(r => r.Position == i.Position).Steps, i.Steps));
    }

    [Fact]
    public async Task FindForStepAsync_OneTransactionToGo_LoadsTheWholeRunAndItsLastOutcomeCompletesIt()
    {
        await using var test = await ReconciliationUnderTest.StartAsync();
        var run = await test.ExecutingRunAsync(test.OutageAuthorisations);
        var executor = test.Executor();
        for (var finished = 0; finished < run.Progress.Total - 1; finished++)
            Assert.True(await executor.ExecuteNextAsync(run.Id, CancellationToken.None));

        await using (var unit = await test.Units.BeginAsync(CancellationToken.None))
        {
            var step = await unit.ReconciliationRuns.FindForStepAsync(run.Id, CancellationToken.None);
            Assert.Equal((run.Items.Count, 1), (step!.Items.Count, step.Progress.Remaining));
        }
        Assert.False(await executor.ExecuteNextAsync(run.Id, CancellationToken.None));

        var done = await test.Workflow.GetAsync(run.Id, CancellationToken.None);
        Assert.Equal((ReconciliationRunState.Completed, 0), (done.State, done.Progress.Remaining));
        Assert.Contains($"Completed: {done.Progress.Done} done", done.Events[^1].Description, StringComparison.Ordinal);
    }
}
