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
    public static HostSettings BindAndValidate(IConfiguration configuration)
    {
        var failures = new List<string>();
        var database = Bind<DatabaseOptions>(configuration, DatabaseOptions.SectionName, new DatabaseOptionsValidator(), failures);
        var authentication = Bind<AuthenticationSettings>(configuration, AuthenticationSettings.SectionName, new AuthenticationSettingsValidator(), failures);
        var demoWorld = Bind<DemoWorldOptions>(configuration, DemoWorldOptions.SectionName, validator: null, failures);
        var forwardedHeaders = Bind<ForwardedHeadersSettings>(configuration, ForwardedHeadersSettings.SectionName, new ForwardedHeadersSettingsValidator(), failures);
        var dataProtection = Bind<DataProtectionSettings>(configuration, DataProtectionSettings.SectionName, validator: null, failures);
        var azureSignalR = Bind<AzureSignalRSettings>(configuration, AzureSignalRSettings.SectionName, new AzureSignalRSettingsValidator(), failures);
        if (dataProtection.HasCertificate)
        {
            var (certificate, problem) = DataProtectionSetup.LoadCertificate(dataProtection);
            certificate?.Dispose();
            if (problem is not null) failures.Add(problem);
        }
        if (configuration[AuthenticationSettings.RetiredDemoAccountsKey] is not null)
            failures.Add($"{AuthenticationSettings.RetiredDemoAccountsKey} is no longer read: outside the Development environment demo accounts now sign in only when "
                + "DemoWorld:Seed and Authentication:EnableDemoAccounts are both true (every page then warns). Remove the old setting, and set "
                + "Authentication:EnableDemoAccounts=true if demo accounts are really wanted here.");
        return failures.Count == 0
            ? new HostSettings(database, authentication, demoWorld, forwardedHeaders, dataProtection, azureSignalR)
            : throw new InvalidSettingsException(failures);
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
