using Dashboard.Application.Errors;
using Dashboard.Domain.Reconciliation;

namespace Dashboard.Infrastructure.Tests.Reconciliation;

/// <summary>
/// An executing run's progress is read without its transactions' details: the same counts as the whole run gives, and the
/// outcomes of only the transactions asked for (the rows on the operator's screen).
/// </summary>
public class ReconciliationProgressReadTests
{
    [Fact]
    public async Task ProgressAsync_ExecutingRun_CountsAsTheWholeRunAndGivesTheAskedOutcomesOnly()
    {
        await using var test = await ReconciliationUnderTest.StartAsync();
        var run = await test.ExecutingRunAsync(test.OutageAuthorisations);
        var executor = test.Executor();
        for (var i = 0; i < 3; i++) Assert.True(await executor.ExecuteNextAsync(run.Id, CancellationToken.None));
        var whole = await test.Workflow.GetAsync(run.Id, CancellationToken.None);
        var actionable = whole.Items.Where(i => i.IsActionable).OrderBy(i => i.Position).ToList();
        HashSet<int> asked = [actionable[0].Position, actionable[1].Position, actionable[5].Position];

        var progress = await test.Workflow.ProgressAsync(run.Id, asked, CancellationToken.None);

        Assert.Equal(ReconciliationRunState.Executing, progress.State);
        Assert.Equal(whole.Progress, progress.Progress);
        Assert.Equal(3, progress.Progress.Finished);
        Assert.Equal([actionable[0].Position, actionable[1].Position], progress.Outcomes.Keys.Order());
        Assert.Equal(actionable[0].Resolution, progress.Outcomes[actionable[0].Position]);
    }

    [Fact]
    public async Task ProgressAsync_UnknownRun_IsNotFoundSayingWhereToPickOne()
    {
        await using var test = await ReconciliationUnderTest.StartAsync();

        var error = await Assert.ThrowsAsync<NotFoundException>(() => test.Workflow.ProgressAsync(Guid.NewGuid(), new HashSet<int>(), CancellationToken.None));

        Assert.Contains("pick one from the list of runs", error.Message);
    }
}
