using Microsoft.Extensions.Options;

namespace Dashboard.Infrastructure.Persistence;

public sealed class ProposalOptionsValidator : IValidateOptions<ProposalOptions>
{
    public ValidateOptionsResult Validate(string? name, ProposalOptions options) =>
        options.ClaimTimeoutSeconds >= 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"{ProposalOptions.SectionName}:ClaimTimeoutSeconds is {options.ClaimTimeoutSeconds}; set it to 0 or more (default {ProposalOptions.DefaultClaimTimeoutSeconds}).");
}
