using Microsoft.Extensions.Options;

namespace Dashboard.Infrastructure.Persistence;

/// <summary>Names the bad setting and what it accepts, so a bad appsettings.json fails at start in one line.</summary>
public sealed class DatabaseOptionsValidator : IValidateOptions<DatabaseOptions>
{
    public ValidateOptionsResult Validate(string? name, DatabaseOptions options)
    {
        if (!Enum.TryParse<DatabaseProvider>(options.Provider, ignoreCase: true, out var provider) || int.TryParse(options.Provider, out _))
            return ValidateOptionsResult.Fail(
                $"Database:Provider is '{options.Provider}'; accepted values: {string.Join(", ", Enum.GetNames<DatabaseProvider>())}.");
        if (provider == DatabaseProvider.SqlServer && string.IsNullOrWhiteSpace(options.ConnectionString))
            return ValidateOptionsResult.Fail(
                "Database:ConnectionString is required when Database:Provider is SqlServer, e.g. \"Server=tcp:NAME.database.windows.net;Database=dashboard;Authentication=Active Directory Default\".");
        if (provider == DatabaseProvider.Sqlite && string.IsNullOrWhiteSpace(options.ConnectionString) && string.IsNullOrWhiteSpace(options.DataFolder))
            return ValidateOptionsResult.Fail("Database:DataFolder must name a folder when Database:ConnectionString is empty.");
        if (options.BusyTimeoutSeconds is < 1 or > DatabaseOptions.MaxBusyTimeoutSeconds)
            return ValidateOptionsResult.Fail(
                $"Database:BusyTimeoutSeconds is {options.BusyTimeoutSeconds}; give 1 to {DatabaseOptions.MaxBusyTimeoutSeconds} seconds (default {DatabaseOptions.DefaultBusyTimeoutSeconds}).");
        return ValidateOptionsResult.Success;
    }
}
