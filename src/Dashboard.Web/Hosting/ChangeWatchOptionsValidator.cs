using Microsoft.Extensions.Options;

namespace Dashboard.Web.Hosting;

public sealed class ChangeWatchOptionsValidator : IValidateOptions<ChangeWatchOptions>
{
    public ValidateOptionsResult Validate(string? name, ChangeWatchOptions options) =>
        options.IntervalSeconds >= 1
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"{ChangeWatchOptions.SectionName}:IntervalSeconds is {options.IntervalSeconds}; set it to 1 or more (default {ChangeWatchOptions.DefaultIntervalSeconds}).");
}
