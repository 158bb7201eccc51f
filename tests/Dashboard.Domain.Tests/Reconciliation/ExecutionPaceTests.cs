using Dashboard.Domain.Reconciliation;

namespace Dashboard.Domain.Tests.Reconciliation;

public class ExecutionPaceTests
{
    private static readonly DateTimeOffset Started = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);

    private static IEnumerable<DateTimeOffset> EverySecond(int count, DateTimeOffset from) =>
        Enumerable.Range(1, count).Select(i => from.AddSeconds(i));

    [Fact]
    public void Measure_BeforeExecutionStarted_IsNull() =>
        Assert.Null(ExecutionPace.Measure(null, [], 10, Started));

    [Fact]
    public void Measure_FirstSeconds_IsNullRatherThanAGuess() =>
        Assert.Null(ExecutionPace.Measure(Started, EverySecond(3, Started), 10, Started.AddSeconds(4)));

    [Fact]
    public void Measure_SinceStartWithinTheWindow_CountsPerSecondOfExecution()
    {
        var pace = ExecutionPace.Measure(Started, EverySecond(20, Started), 100, Started.AddSeconds(20))!;

        Assert.Equal(1.0, pace.PerSecond, 3);
        Assert.Equal(TimeSpan.FromSeconds(100), pace.TimeLeft);
    }

    [Fact]
    public void Measure_LongRun_CountsOnlyTheLastMinute()
    {
        // Ten a second for the first five minutes, then two a second for the last minute.
        var fast = Enumerable.Range(0, 3000).Select(i => Started.AddMilliseconds(100 * i));
        var slow = Enumerable.Range(1, 120).Select(i => Started.AddMinutes(5).AddMilliseconds(500 * i));

        var pace = ExecutionPace.Measure(Started, fast.Concat(slow), 60, Started.AddMinutes(6))!;

        Assert.Equal(2.0, pace.PerSecond, 3);
        Assert.Equal(TimeSpan.FromSeconds(30), pace.TimeLeft);
    }

    [Fact]
    public void Measure_StalledForTheWholeWindow_HasNoTimeLeftToPromise()
    {
        var pace = ExecutionPace.Measure(Started, EverySecond(30, Started), 5, Started.AddMinutes(5))!;

        Assert.Equal(0, pace.PerSecond);
        Assert.Null(pace.TimeLeft);
    }

    [Fact]
    public void Measure_FractionOfASecondLeft_RoundsUpToAWholeSecond()
    {
        var threeASecond = Enumerable.Range(1, 30).Select(i => Started.AddMilliseconds(333 * i));

        var pace = ExecutionPace.Measure(Started, threeASecond, 1, Started.AddSeconds(10))!;

        Assert.Equal(3.0, pace.PerSecond, 3);
        Assert.Equal(TimeSpan.FromSeconds(1), pace.TimeLeft);
    }

    [Theory]
    [InlineData(9.84, 500, "9.8 transactions a second over the last minute; about 8 min 20 s left.")]
    [InlineData(19.6, 45, "20 transactions a second over the last minute; about 45 s left.")]
    [InlineData(0.5, 7200, "0.5 transactions a second over the last minute; about 2 h left.")]
    [InlineData(0.5, 3900, "0.5 transactions a second over the last minute; about 1 h 5 min left.")]
    [InlineData(2, 120, "2.0 transactions a second over the last minute; about 2 min left.")]
    public void Describe_SaysThePaceAndTimeLeft(double perSecond, int secondsLeft, string expected) =>
        Assert.Equal(expected, new ExecutionPace(perSecond, TimeSpan.FromSeconds(secondsLeft)).Describe());

    [Fact]
    public void Describe_Stalled_SaysNothingFinished() =>
        Assert.Equal("No transaction finished in the last minute.", new ExecutionPace(0, null).Describe());
}
