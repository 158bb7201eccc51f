using Dashboard.Infrastructure.Persistence;
using Microsoft.Extensions.Options;

namespace Dashboard.Infrastructure.Ledger;

/// <summary>Names the bad <c>Ledger</c> setting and what it accepts.</summary>
public sealed class LedgerOptionsValidator : IValidateOptions<LedgerOptions>
{
    public ValidateOptionsResult Validate(string? name, LedgerOptions options)
    {
        if (!Enum.TryParse<DatabaseProvider>(options.Provider, ignoreCase: true, out var provider) || int.TryParse(options.Provider, out _))
            return ValidateOptionsResult.Fail($"Ledger:Provider is '{options.Provider}'; accepted values: {string.Join(", ", Enum.GetNames<DatabaseProvider>())}.");
        if (provider == DatabaseProvider.SqlServer && string.IsNullOrWhiteSpace(options.ConnectionString))
            return ValidateOptionsResult.Fail(
                "Ledger:ConnectionString is required when Ledger:Provider is SqlServer, e.g. \"Server=tcp:NAME.database.windows.net;Database=billing;Authentication=Active Directory Default\" with a read-only login.");
        if (provider == DatabaseProvider.Sqlite && string.IsNullOrWhiteSpace(options.ConnectionString) && string.IsNullOrWhiteSpace(options.DataFolder))
            return ValidateOptionsResult.Fail("Ledger:DataFolder must name a folder when Ledger:ConnectionString is empty.");
        if (options.DemoTransactions is < 1000 or > 5_000_000)
            return ValidateOptionsResult.Fail($"Ledger:DemoTransactions is {options.DemoTransactions}; give 1000 to 5000000.");
        return ValidateOptionsResult.Success;
    }
}
