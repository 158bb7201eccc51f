using Microsoft.Extensions.Options;

namespace Dashboard.Web.Security;

public sealed class AuthenticationSettingsValidator : IValidateOptions<AuthenticationSettings>
{
    public ValidateOptionsResult Validate(string? name, AuthenticationSettings settings)
    {
        if (!Enum.TryParse<AuthenticationMode>(settings.Mode, ignoreCase: true, out var mode) || int.TryParse(settings.Mode, out _))
            return ValidateOptionsResult.Fail(
                $"Authentication:Mode is '{settings.Mode}'; accepted values: {string.Join(", ", Enum.GetNames<AuthenticationMode>())}.");
        if (mode != AuthenticationMode.Oidc)
            return ValidateOptionsResult.Success;

        var failures = new List<string>();
        if (!Uri.TryCreate(settings.Oidc.Authority, UriKind.Absolute, out var authority) || authority.Scheme != Uri.UriSchemeHttps)
            failures.Add($"Authentication:Oidc:Authority must be an https URL such as https://login.microsoftonline.com/TENANT-ID/v2.0 (got '{settings.Oidc.Authority}').");
        if (string.IsNullOrWhiteSpace(settings.Oidc.ClientId))
            failures.Add("Authentication:Oidc:ClientId is required when Authentication:Mode is Oidc: the application (client) ID of the Entra app registration.");
        if (string.IsNullOrWhiteSpace(settings.Oidc.ClientSecret))
            failures.Add("Authentication:Oidc:ClientSecret is required when Authentication:Mode is Oidc; set it through the environment (Authentication__Oidc__ClientSecret) or Key Vault, not in a file.");
        if (string.IsNullOrWhiteSpace(settings.Oidc.CallbackPath) || !settings.Oidc.CallbackPath.StartsWith('/'))
            failures.Add($"Authentication:Oidc:CallbackPath must start with '/' (got '{settings.Oidc.CallbackPath}').");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
