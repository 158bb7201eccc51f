using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;

namespace Dashboard.Web.Security;

/// <summary>Cookie sessions in both modes; in Oidc mode the challenge goes to Entra ID and roles come from its app roles.</summary>
public static class AuthenticationSetup
{
    public const string LoginPath = Components.PageRoutes.Login;

    public static IServiceCollection AddDashboardAuthentication(this IServiceCollection services, AuthenticationSettings settings)
    {
        var mode = settings.ParsedMode;
        var authentication = services.AddAuthentication(options =>
        {
            options.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
            options.DefaultChallengeScheme = mode == AuthenticationMode.Oidc
                ? OpenIdConnectDefaults.AuthenticationScheme
                : CookieAuthenticationDefaults.AuthenticationScheme;
        });
        authentication.AddCookie(options =>
        {
            options.LoginPath = LoginPath;
            options.AccessDeniedPath = Components.PageRoutes.AccessDenied;
            options.Cookie.Name = "dashboard.session";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            options.Events.OnRedirectToLogin = context => ApiChallengeResponses.IsApi(context.Request)
                ? ApiChallengeResponses.WriteAsync(context.HttpContext, StatusCodes.Status401Unauthorized)
                : RedirectAsync(context.Response, context.RedirectUri);
            options.Events.OnRedirectToAccessDenied = context => ApiChallengeResponses.IsApi(context.Request)
                ? ApiChallengeResponses.WriteAsync(context.HttpContext, StatusCodes.Status403Forbidden)
                : RedirectAsync(context.Response, context.RedirectUri);
        });
        if (mode == AuthenticationMode.Oidc)
            authentication.AddOpenIdConnect(options =>
            {
                options.Authority = settings.Oidc.Authority;
                options.ClientId = settings.Oidc.ClientId;
                options.ClientSecret = settings.Oidc.ClientSecret;
                options.CallbackPath = settings.Oidc.CallbackPath;
                options.ResponseType = "code";
                options.MapInboundClaims = false;
                options.SaveTokens = false;
                options.TokenValidationParameters.NameClaimType = "name";
                options.TokenValidationParameters.RoleClaimType = settings.Oidc.RoleClaimType;
                options.Scope.Add("email");
            });
        return services;
    }

    private static Task RedirectAsync(HttpResponse response, string uri)
    {
        response.Redirect(uri);
        return Task.CompletedTask;
    }
}
