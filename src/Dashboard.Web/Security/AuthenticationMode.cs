namespace Dashboard.Web.Security;

public enum AuthenticationMode
{
    /// <summary>Local accounts in the dashboard database (the embedded default).</summary>
    Local,
    /// <summary>OpenID Connect with Microsoft Entra ID; roles come from the token's app roles.</summary>
    Oidc,
}
