using Dashboard.Infrastructure.Persistence.Accounts;
using Dashboard.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Mvc;

namespace Dashboard.Web.Endpoints;

/// <summary>Sign-out (a form post, so antiforgery applies) and the Entra ID sign-in challenge.</summary>
public static class AccountEndpoints
{
    public static void MapAccountEndpoints(this IEndpointRouteBuilder endpoints, AuthenticationMode mode)
    {
        // The form field makes this a form endpoint, which is what makes the antiforgery middleware check its token.
        endpoints.MapPost("/account/logout", async (HttpContext context, LocalAccountStore accounts, ILogger<LocalAccountStore> logger, [FromForm] string? returnUrl) =>
        {
            // A new stamp ends this session everywhere, copies of the cookie included (and the account's other sessions).
            if (mode == AuthenticationMode.Local && context.User.Identity is { IsAuthenticated: true, Name: { } userName })
            {
                await accounts.EndSessionsAsync(userName, context.RequestAborted);
                logger.LogInformation("{UserName} signed out; every session of the account has ended", LogText.Sanitize(userName));
            }
            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            if (mode == AuthenticationMode.Oidc)
                return Results.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [OpenIdConnectDefaults.AuthenticationScheme]);
            return Results.LocalRedirect($"{AuthenticationSetup.LoginPath}?signedOut=true");
        });
        if (mode == AuthenticationMode.Oidc)
            endpoints.MapGet("/account/signin-entra", (string? returnUrl) => Results.Challenge(
                new AuthenticationProperties { RedirectUri = ReturnUrls.LocalOrRoot(returnUrl) }, [OpenIdConnectDefaults.AuthenticationScheme]))
                .AllowAnonymous();
    }
}
