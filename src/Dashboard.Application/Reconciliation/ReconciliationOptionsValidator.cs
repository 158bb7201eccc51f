using Microsoft.Extensions.Options;

namespace Dashboard.Application.Reconciliation;

/// <summary>Names the bad <c>Reconciliation</c> setting and what it accepts.</summary>
public sealed class ReconciliationOptionsValidator : IValidateOptions<ReconciliationOptions>
{
    public ValidateOptionsResult Validate(string? name, ReconciliationOptions options) =>
        options.ExecutionLeaseSeconds is < ReconciliationOptions.MinLeaseSeconds or > ReconciliationOptions.MaxLeaseSeconds
            ? ValidateOptionsResult.Fail(
                $"Reconciliation:ExecutionLeaseSeconds is {options.ExecutionLeaseSeconds}; give {ReconciliationOptions.MinLeaseSeconds} to {ReconciliationOptions.MaxLeaseSeconds} seconds (longer than one transaction's gateway calls).")
            : ValidateOptionsResult.Success;
}
