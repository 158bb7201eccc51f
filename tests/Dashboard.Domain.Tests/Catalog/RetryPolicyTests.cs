using Dashboard.Domain.Catalog;

namespace Dashboard.Domain.Tests.Catalog;

public class RetryPolicyTests
{
    [Theory]
    [InlineData(-1)]
    [InlineData(11)]
    public void Constructor_AttemptsOutOfRange_IsRefused(int attempts)
    {
        var error = Assert.Throws<DomainException>(() => new RetryPolicy(attempts, BackoffKind.Exponential, TimeSpan.FromSeconds(5), false));

        Assert.Contains($"not {attempts}", error.Message);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(301)]
    public void Constructor_TimeoutOutOfRange_IsRefused(int seconds)
    {
        Assert.Throws<DomainException>(() => new RetryPolicy(1, BackoffKind.None, TimeSpan.FromSeconds(seconds), false));
    }

    [Fact]
    public void Constructor_BackoffWithoutRetries_IsRefused()
    {
        Assert.Throws<DomainException>(() => new RetryPolicy(0, BackoffKind.Exponential, TimeSpan.FromSeconds(5), false));
    }

    [Theory]
    [InlineData(3, BackoffKind.None, true, 4)]
    [InlineData(3, BackoffKind.Exponential, false, 4)]
    [InlineData(0, BackoffKind.None, false, 1)]
    public void RetriesWithoutBackoff_AndCallsPerRequest_FollowThePolicy(int attempts, BackoffKind backoff, bool withoutBackoff, int calls)
    {
        var policy = new RetryPolicy(attempts, backoff, TimeSpan.FromSeconds(10), circuitBreaker: false);

        Assert.Equal(withoutBackoff, policy.RetriesWithoutBackoff);
        Assert.Equal(calls, policy.CallsPerRequest);
    }

    [Fact]
    public void Describe_ImmediateRetries_SaysSo()
    {
        var policy = new RetryPolicy(3, BackoffKind.None, TimeSpan.FromSeconds(10), circuitBreaker: false);

        Assert.Equal("3 immediate retries, 10 s timeout, no circuit breaker", policy.Describe());
    }
}
