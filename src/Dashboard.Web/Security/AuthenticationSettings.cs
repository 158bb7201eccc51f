namespace Dashboard.Web.Security;

/// <summary>The <c>Authentication</c> settings section.</summary>
public sealed class AuthenticationSettings
{
    public const string SectionName = "Authentication";

    /// <summary>Kept as text so a typo is reported with the accepted values.</summary>
    public string Mode { get; set; } = nameof(AuthenticationMode.Local);

    /// <summary>Demo accounts are refused in the Production environment unless this is true.</summary>
    public bool AllowDemoAccountsInProduction { get; set; }

    public OidcSettings Oidc { get; set; } = new();

    public AuthenticationMode ParsedMode => Enum.Parse<AuthenticationMode>(Mode, ignoreCase: true);
}
