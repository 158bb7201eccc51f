using Dashboard.Domain.Health;

namespace Dashboard.Domain.Tests.Health;

public class SyntheticCheckResultTests
{
    private static SyntheticCheckResult Result(int? actualStatus, string? error = null, int latencyMs = 12) =>
        new("tax quote", "GET", "/api/tax/quote", 200, actualStatus, TimeSpan.FromMilliseconds(latencyMs), error, SignalsBuilder.Now);

    [Fact]
    public void Passed_ExpectedStatusAnswered_PassesWithStatusAndLatency()
    {
        var result = Result(200);

        Assert.True(result.Passed);
        Assert.Equal("200 in 12 ms", result.Detail);
    }

    [Fact]
    public void Passed_OtherStatusAnswered_FailsNamingBothStatuses()
    {
        var result = Result(503, "expected 200");

        Assert.False(result.Passed);
        Assert.Equal("503 where 200 was expected", result.Detail);
    }

    [Fact]
    public void Passed_TimedOutWithoutAnswer_FailsWithTheError()
    {
        var result = Result(null, "timed out after 5000 ms", latencyMs: 5000);

        Assert.False(result.Passed);
        Assert.Equal("timed out after 5000 ms", result.Detail);
    }

    [Fact]
    public void Passed_ExpectedStatusButAnError_Fails()
    {
        var result = Result(200, "timed out reading the body after 5000 ms");

        Assert.False(result.Passed);
        Assert.Equal("timed out reading the body after 5000 ms", result.Detail);
    }
}
