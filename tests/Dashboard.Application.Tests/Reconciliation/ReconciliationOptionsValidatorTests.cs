using Dashboard.Application.Reconciliation;

namespace Dashboard.Application.Tests.Reconciliation;

public class ReconciliationOptionsValidatorTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    [InlineData(3601)]
    public void Validate_LeaseOutOfRange_FailsNamingTheKeyAndTheRange(int seconds)
    {
        var result = new ReconciliationOptionsValidator().Validate(null, new ReconciliationOptions { ExecutionLeaseSeconds = seconds });

        Assert.True(result.Failed);
        Assert.Contains($"Reconciliation:ExecutionLeaseSeconds is {seconds}; give 5 to 3600", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(5)]
    [InlineData(60)]
    [InlineData(3600)]
    public void Validate_LeaseInRange_SucceedsAndSetsTheLease(int seconds)
    {
        var options = new ReconciliationOptions { ExecutionLeaseSeconds = seconds };

        Assert.True(new ReconciliationOptionsValidator().Validate(null, options).Succeeded);
        Assert.Equal(TimeSpan.FromSeconds(seconds), options.ExecutionLease);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(65)]
    public void Validate_ConcurrencyOutOfRange_FailsNamingTheKeyAndTheRange(int concurrency)
    {
        var result = new ReconciliationOptionsValidator().Validate(null, new ReconciliationOptions { ExecutionConcurrency = concurrency });

        Assert.True(result.Failed);
        Assert.Contains($"Reconciliation:ExecutionConcurrency is {concurrency}; give 1 to 64", result.FailureMessage, StringComparison.Ordinal);
    }
}
