using Microsoft.Extensions.Options;

namespace Dashboard.Web.Security;

public sealed class AuthenticationSettingsValidator : IValidateOptions<AuthenticationSettings>
{
    public ValidateOptionsResult Validate(string? name, AuthenticationSettings settings)
    {
        if (!Enum.TryParse<AuthenticationMode>(settings.Mode, ignoreCase: true, out var mode) || int.TryParse(settings.Mode, out _))
            return ValidateOptionsResult.Fail(
                $"Authentication:Mode is '{settings.Mode}'; accepted values: {string.Join(", ", Enum.GetNames<AuthenticationMode>())}.");
        var failures = new List<string>();
        if (settings.Lockout.MaxFailedAttempts is < 1 or > 100)
            failures.Add($"Authentication:Lockout:MaxFailedAttempts is {settings.Lockout.MaxFailedAttempts}; give 1 to 100 wrong passwords in a row (default 5).");
        if (settings.Lockout.Minutes is < 1 or > 1440)
            failures.Add($"Authentication:Lockout:Minutes is {settings.Lockout.Minutes}; give 1 to 1440 minutes (default 15).");
        if (settings.SignInRateLimit.PermitLimit is < 1 or > 10_000)
            failures.Add($"Authentication:SignInRateLimit:PermitLimit is {settings.SignInRateLimit.PermitLimit}; give 1 to 10000 attempts per window (default 10).");
        if (settings.SignInRateLimit.WindowSeconds is < 1 or > 3600)
            failures.Add($"Authentication:SignInRateLimit:WindowSeconds is {settings.SignInRateLimit.WindowSeconds}; give 1 to 3600 seconds (default 60).");
        if (settings.RevalidateSeconds is < 1 or > 3600)
            failures.Add($"Authentication:RevalidateSeconds is {settings.RevalidateSeconds}; give 1 to 3600 seconds (default 30).");
        if (mode != AuthenticationMode.Oidc)
            return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);

        if (!Uri.TryCreate(settings.Oidc.Authority, UriKind.Absolute, out var authority) || authority.Scheme != Uri.UriSchemeHttps)
            failures.Add($"Authentication:Oidc:Authority must be an https URL such as https://login.microsoftonline.com/TENANT-ID/v2.0 (got '{settings.Oidc.Authority}').");
        if (string.IsNullOrWhiteSpace(settings.Oidc.ClientId))
            failures.Add("Authentication:Oidc:ClientId is required when Authentication:Mode is Oidc: the application (client) ID of the Entra app registration.");
        if (string.IsNullOrWhiteSpace(settings.Oidc.ClientSecret))
            failures.Add("Authentication:Oidc:ClientSecret is required when Authentication:Mode is Oidc; set it through the environment (Authentication__Oidc__ClientSecret) or Key Vault, not in a file.");
        if (string.IsNullOrWhiteSpace(settings.Oidc.RoleClaimType))
            failures.Add("Authentication:Oidc:RoleClaimType is empty: name the token claim that carries app roles (default 'roles').");
        if (string.IsNullOrWhiteSpace(settings.Oidc.TeamClaimType) || settings.Oidc.TeamClaimType.Length > 256)
            failures.Add($"Authentication:Oidc:TeamClaimType must name the token claim that carries the person's teams, up to 256 characters (default 'groups'; got '{settings.Oidc.TeamClaimType}').");
        if (string.IsNullOrWhiteSpace(settings.Oidc.CallbackPath) || !settings.Oidc.CallbackPath.StartsWith('/'))
            failures.Add($"Authentication:Oidc:CallbackPath must start with '/' (got '{settings.Oidc.CallbackPath}').");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
