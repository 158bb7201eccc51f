using Microsoft.Extensions.Options;

namespace Dashboard.Application.Reconciliation;

/// <summary>Names the bad <c>Reconciliation</c> setting and what it accepts.</summary>
public sealed class ReconciliationOptionsValidator : IValidateOptions<ReconciliationOptions>
{
    public ValidateOptionsResult Validate(string? name, ReconciliationOptions options)
    {
        if (options.ExecutionLeaseSeconds is < ReconciliationOptions.MinLeaseSeconds or > ReconciliationOptions.MaxLeaseSeconds)
            return ValidateOptionsResult.Fail(
                $"Reconciliation:ExecutionLeaseSeconds is {options.ExecutionLeaseSeconds}; give {ReconciliationOptions.MinLeaseSeconds} to {ReconciliationOptions.MaxLeaseSeconds} seconds (longer than one transaction's gateway calls).");
        if (options.ExecutionConcurrency is < ReconciliationOptions.MinConcurrency or > ReconciliationOptions.MaxConcurrency)
            return ValidateOptionsResult.Fail(
                $"Reconciliation:ExecutionConcurrency is {options.ExecutionConcurrency}; give {ReconciliationOptions.MinConcurrency} to {ReconciliationOptions.MaxConcurrency} transactions acted on at once (1 acts on one at a time).");
        return ValidateOptionsResult.Success;
    }
}
