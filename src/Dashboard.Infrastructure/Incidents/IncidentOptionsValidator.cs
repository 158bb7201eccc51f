using Microsoft.Extensions.Options;

namespace Dashboard.Infrastructure.Incidents;

internal sealed class IncidentOptionsValidator : IValidateOptions<IncidentOptions>
{
    public ValidateOptionsResult Validate(string? name, IncidentOptions options)
    {
        if (options.ConsecutiveObservations is < 1 or > 100)
            return ValidateOptionsResult.Fail($"Incidents:ConsecutiveObservations is {options.ConsecutiveObservations}; give 1 to 100, e.g. 3.");
        if (options.MinimumUnhealthySeconds is < 0 or > 3600)
            return ValidateOptionsResult.Fail($"Incidents:MinimumUnhealthySeconds is {options.MinimumUnhealthySeconds}; give 0 to 3600, e.g. 60.");
        if (options.RunnerLeaseSeconds is < 10 or > 300)
            return ValidateOptionsResult.Fail($"Incidents:RunnerLeaseSeconds is {options.RunnerLeaseSeconds}; give 10 to 300, e.g. 30 (another instance takes over within it).");
        return ValidateOptionsResult.Success;
    }
}
