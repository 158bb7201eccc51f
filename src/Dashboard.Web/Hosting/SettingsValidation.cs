using Dashboard.Infrastructure.Persistence;
using Dashboard.Web.Security;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Hosting;

/// <summary>
/// Binds and validates the settings the host needs before it can be built (the database provider decides which
/// services exist), so a bad appsettings.json stops the start with a line per problem instead of a stack trace.
/// </summary>
public static class SettingsValidation
{
    public static (DatabaseOptions Database, AuthenticationSettings Authentication) BindAndValidate(IConfiguration configuration)
    {
        var failures = new List<string>();
        var database = Bind<DatabaseOptions>(configuration, DatabaseOptions.SectionName, new DatabaseOptionsValidator(), failures);
        var authentication = Bind<AuthenticationSettings>(configuration, AuthenticationSettings.SectionName, new AuthenticationSettingsValidator(), failures);
        Bind<DemoWorldOptions>(configuration, DemoWorldOptions.SectionName, validator: null, failures);
        return failures.Count == 0 ? (database, authentication) : throw new InvalidSettingsException(failures);
    }

    private static T Bind<T>(IConfiguration configuration, string section, IValidateOptions<T>? validator, List<string> failures)
        where T : class, new()
    {
        var options = new T();
        try
        {
            configuration.GetSection(section).Bind(options);
        }
        catch (InvalidOperationException ex)
        {
            // The binder says which value failed to convert (e.g. "abc" for a bool).
            failures.Add($"{section}: {ex.Message}");
            return options;
        }
        var result = validator?.Validate(Options.DefaultName, options);
        if (result is { Failed: true }) failures.AddRange(result.Failures);
        return options;
    }
}
