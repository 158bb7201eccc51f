using System.Security.Claims;
using Dashboard.Infrastructure.Persistence.Accounts;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Dashboard.Web.Security;

/// <summary>The signed-in user a local account becomes: name, display name, role, teams, and the account's security stamp.</summary>
public static class SessionPrincipal
{
    /// <summary>Compared with the account's stamp on every request and every few seconds in open pages.</summary>
    public const string SecurityStampClaim = "dashboard:security-stamp";

    public static ClaimsPrincipal For(LocalAccount account) => new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.Name, account.UserName),
            new Claim("name", account.DisplayName),
            new Claim(ClaimTypes.Role, account.Role),
            new Claim(SecurityStampClaim, account.SecurityStamp),
            .. TeamClaims.For(account.Teams),
        ],
        CookieAuthenticationDefaults.AuthenticationScheme, ClaimTypes.Name, ClaimTypes.Role));
}
