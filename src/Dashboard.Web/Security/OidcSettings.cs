namespace Dashboard.Web.Security;

/// <summary>The <c>Authentication:Oidc</c> settings; the client secret belongs in an environment variable or Key Vault, never in a file.</summary>
public sealed class OidcSettings
{
    public string Authority { get; set; } = "";
    public string ClientId { get; set; } = "";
    public string ClientSecret { get; set; } = "";
    public string RoleClaimType { get; set; } = "roles";
    /// <summary>The token claim whose values are the person's teams, named as the catalog names owner teams.</summary>
    public string TeamClaimType { get; set; } = "groups";
    public string CallbackPath { get; set; } = "/signin-oidc";
}
