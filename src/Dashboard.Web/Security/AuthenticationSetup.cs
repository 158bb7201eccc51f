using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;

namespace Dashboard.Web.Security;

/// <summary>
/// Cookie sessions in both modes; in Oidc mode the challenge goes to Entra ID and roles come from its app roles. Local sessions
/// are checked against the account's security stamp on every request and, in open pages, every few seconds.
/// </summary>
public static class AuthenticationSetup
{
    public const string LoginPath = Components.PageRoutes.Login;
    public const string AccessDeniedPath = Components.PageRoutes.AccessDenied;
    /// <summary>The roles that would have been allowed, on the access-denied page's address.</summary>
    public const string NeededRolesParameter = "need";

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
            options.AccessDeniedPath = AccessDeniedPath;
            options.Cookie.Name = "dashboard.session";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            // Secure whenever the request came over HTTPS, also through a configured proxy (ForwardedHeaders).
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            options.Events.OnValidatePrincipal = ValidateSessionAsync;
            // Signing in on the sign-in page follows its ReturnUrl: only as a local, escaped path (see ReturnUrls).
            options.Events.OnRedirectToReturnUrl = context => RedirectAsync(context.Response, ReturnUrls.LocalOrRoot(context.RedirectUri));
            options.Events.OnRedirectToLogin = context => ApiChallengeResponses.IsApi(context.Request)
                ? ApiChallengeResponses.WriteAsync(context.HttpContext, StatusCodes.Status401Unauthorized)
                : RedirectAsync(context.Response, context.RedirectUri);
            options.Events.OnRedirectToAccessDenied = context => ApiChallengeResponses.IsApi(context.Request)
                ? ApiChallengeResponses.WriteAsync(context.HttpContext, StatusCodes.Status403Forbidden)
                : RedirectAsync(context.Response, AccessDeniedUri(context));
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
                options.Events.OnTokenValidated = context =>
                {
                    if (context.Principal is not null) TeamClaims.AddFrom(context.Principal, settings.Oidc.TeamClaimType.Trim());
                    return Task.CompletedTask;
                };
                options.Scope.Add("email");
            });
        services.AddAntiforgery(options => options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        services.AddSingleton<SessionValidator>();
        services.AddScoped<AuthenticationStateProvider, SessionRevalidatingAuthenticationStateProvider>();
        services.AddScoped<SignInService>();
        services.AddRateLimiter(options => options.AddPolicy<string, SignInRateLimitPolicy>(SignInRateLimitPolicy.Name));
        return services;
    }

    private static async Task ValidateSessionAsync(CookieValidatePrincipalContext context)
    {
        if (context.Principal is null) return;
        var check = await context.HttpContext.RequestServices.GetRequiredService<SessionValidator>()
            .CheckAsync(context.Principal, context.HttpContext.RequestAborted);
        if (check == SessionCheck.Current) return;
        context.RejectPrincipal();
        // An ended session loses its cookie; one that could not be checked keeps it for the next request.
        if (check == SessionCheck.Ended)
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }

    // The page that was refused, and which roles it takes, so the access-denied page can say what to ask for.
    private static string AccessDeniedUri(RedirectContext<CookieAuthenticationOptions> context)
    {
        var needed = context.HttpContext.GetEndpoint()?.Metadata.GetOrderedMetadata<IAuthorizeData>() is { Count: > 0 } requirements
            ? Policies.RolesAllowedBy(requirements)
            : [];
        var query = QueryString.Create(context.Options.ReturnUrlParameter, context.Request.PathBase + context.Request.Path + context.Request.QueryString);
        if (needed.Count > 0) query = query.Add(NeededRolesParameter, string.Join(',', needed));
        return context.Request.PathBase + AccessDeniedPath + query;
    }

    private static Task RedirectAsync(HttpResponse response, string uri)
    {
        response.Redirect(uri);
        return Task.CompletedTask;
    }
}
