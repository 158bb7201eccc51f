using Dashboard.Application.Reconciliation;
using Dashboard.Domain.Reconciliation;

namespace Dashboard.Application.Tests.Reconciliation;

/// <summary>A run's progress as the page and the API poll it: counts, pace while executing, and only the outcomes asked for.</summary>
public class ReconciliationRunProgressTests
{
    private static readonly DateTimeOffset Started = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);

    private static RunResults Results(ReconciliationRunState state) => new(state, Started,
    [
        new PositionedResult(1, new ItemResult(ItemOutcome.Done, "captured and confirmed", Started.AddSeconds(4))),
        new PositionedResult(2, null),
    ]);

    [Fact]
    public void From_ExecutingRun_CountsItsFinishedTransactionsAndMeasuresThePace()
    {
        var progress = ReconciliationRunProgress.From(Guid.NewGuid(), Results(ReconciliationRunState.Executing), new HashSet<int> { 1, 2 }, Started.AddSeconds(10));

        Assert.Equal(new RunProgress(2, 1, 0, 0, 0), progress.Progress);
        Assert.Equal(0.1, progress.Pace!.PerSecond, 3);
        Assert.Equal(TimeSpan.FromSeconds(10), progress.Pace.TimeLeft);
        Assert.Equal([1], progress.Outcomes.Keys);
    }

    [Fact]
    public void From_RunNotExecuting_HasNoPace() =>
        Assert.Null(ReconciliationRunProgress.From(Guid.NewGuid(), Results(ReconciliationRunState.Paused), new HashSet<int>(), Started.AddMinutes(1)).Pace);

    [Fact]
    public void From_OutcomesNotAskedFor_AreLeftOut() =>
        Assert.Empty(ReconciliationRunProgress.From(Guid.NewGuid(), Results(ReconciliationRunState.Executing), new HashSet<int> { 2 }, Started.AddSeconds(10)).Outcomes);
}
