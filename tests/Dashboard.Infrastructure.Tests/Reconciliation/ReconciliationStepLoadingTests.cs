using Dashboard.Domain.Reconciliation;

namespace Dashboard.Infrastructure.Tests.Reconciliation;

/// <summary>
/// Recording what execution did reads the run's header with only the transactions concerned and one more still to act on, so
/// its cost does not grow with the run; the transactions it did not read are left as they were, and the last one is read with
/// the whole run so that it completes it.
/// </summary>
public class ReconciliationStepLoadingTests
{
    [Fact]
    public async Task FindForItemsAsync_ManyTransactionsToGo_LoadsThoseAndOneMoreToActOn()
    {
        await using var test = await ReconciliationUnderTest.StartAsync();
        var run = await test.ExecutingRunAsync(test.OutageAuthorisations);
        var actionable = run.Items.Where(i => i.IsActionable).OrderBy(i => i.Position).Select(i => i.Position).ToList();
        int[] asked = [actionable[1], actionable[3]];

        await using var unit = await test.Units.BeginAsync(CancellationToken.None);
        var step = await unit.ReconciliationRuns.FindForItemsAsync(run.Id, asked, CancellationToken.None);

        Assert.Equal([actionable[1], actionable[3], actionable[4]], step!.Items.Select(i => i.Position).Order().ToList());
        Assert.Throws<InvalidOperationException>(() => step.Progress);
    }

    [Fact]
    public async Task FindForItemsAsync_LastTransactionsWithAnEarlierOneToGo_LoadsTheEarlierOne()
    {
        await using var test = await ReconciliationUnderTest.StartAsync();
        var run = await test.ExecutingRunAsync(test.OutageAuthorisations);
        var actionable = run.Items.Where(i => i.IsActionable).OrderBy(i => i.Position).Select(i => i.Position).ToList();
        int[] asked = [actionable[^1], actionable[^2]];

        await using var unit = await test.Units.BeginAsync(CancellationToken.None);
        var step = await unit.ReconciliationRuns.FindForItemsAsync(run.Id, asked, CancellationToken.None);

        Assert.Equal([actionable[0], actionable[^2], actionable[^1]], step!.Items.Select(i => i.Position).Order().ToList());
    }

    [Fact]
    public async Task PendingItemsAsync_AfterAPosition_ReturnsTheNextTransactionsToActOnInPlanOrder()
    {
        await using var test = await ReconciliationUnderTest.StartAsync();
        var run = await test.ExecutingRunAsync(test.OutageAuthorisations);
        var actionable = run.Items.Where(i => i.IsActionable).OrderBy(i => i.Position).ToList();

        await using var unit = await test.Units.BeginAsync(CancellationToken.None);
        var page = await unit.ReconciliationRuns.PendingItemsAsync(run.Id, actionable[2].Position, 3, CancellationToken.None);

        Assert.Equal(actionable.Skip(3).Take(3).Select(i => (i.Position, i.TransactionId)), page.Select(i => (i.Position, i.TransactionId)));
        Assert.Equal(actionable[3].Steps, page[0].Steps);
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
    public async Task FindForItemsAsync_OneTransactionToGo_LoadsTheWholeRunAndItsLastOutcomeCompletesIt()
    {
        await using var test = await ReconciliationUnderTest.StartAsync();
        var run = await test.ExecutingRunAsync(test.OutageAuthorisations);
        var executor = test.Executor();
        for (var finished = 0; finished < run.Progress.Total - 1; finished++)
            Assert.True(await executor.ExecuteNextAsync(run.Id, CancellationToken.None));

        await using (var unit = await test.Units.BeginAsync(CancellationToken.None))
        {
            var last = (await unit.ReconciliationRuns.PendingItemsAsync(run.Id, 0, 2, CancellationToken.None)).Single();
            var step = await unit.ReconciliationRuns.FindForItemsAsync(run.Id, [last.Position], CancellationToken.None);
            Assert.Equal((run.Items.Count, 1), (step!.Items.Count, step.Progress.Remaining));
        }
        Assert.False(await executor.ExecuteNextAsync(run.Id, CancellationToken.None));

        var done = await test.Workflow.GetAsync(run.Id, CancellationToken.None);
        Assert.Equal((ReconciliationRunState.Completed, 0), (done.State, done.Progress.Remaining));
        Assert.Contains($"Completed: {done.Progress.Done} done", done.Events[^1].Description, StringComparison.Ordinal);
    }
}
