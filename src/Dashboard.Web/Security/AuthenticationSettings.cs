namespace Dashboard.Web.Security;

/// <summary>The <c>Authentication</c> settings section.</summary>
public sealed class AuthenticationSettings
{
    public const string SectionName = "Authentication";
    /// <summary>Replaced by <see cref="EnableDemoAccounts"/>; its presence stops the start with a message saying so.</summary>
    public const string RetiredDemoAccountsKey = "Authentication:AllowDemoAccountsInProduction";

    /// <summary>Kept as text so a typo is reported with the accepted values.</summary>
    public string Mode { get; set; } = nameof(AuthenticationMode.Local);

    /// <summary>
    /// Outside the Development environment, demo accounts sign in only when this is true and the demo world is seeded
    /// (<c>DemoWorld:Seed</c>); every page then shows a warning banner.
    /// </summary>
    public bool EnableDemoAccounts { get; set; }

    /// <summary>How often an open page (a Blazor circuit) checks that its session was not ended by a sign-out or a role change.</summary>
    public int RevalidateSeconds { get; set; } = 30;

    public LockoutSettings Lockout { get; set; } = new();

    public SignInRateLimitSettings SignInRateLimit { get; set; } = new();

    public OidcSettings Oidc { get; set; } = new();

    public AuthenticationMode ParsedMode => Enum.Parse<AuthenticationMode>(Mode, ignoreCase: true);
}
