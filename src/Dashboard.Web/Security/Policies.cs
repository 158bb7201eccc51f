using Dashboard.Domain.Access;
using Microsoft.AspNetCore.Authorization;

namespace Dashboard.Web.Security;

/// <summary>Role policies used by pages and API endpoints alike, so the API refuses what the UI hides.</summary>
public static class Policies
{
    public const string Viewer = nameof(Viewer);
    public const string Admin = nameof(Admin);
    /// <summary>Engineers and admins: actions that read the server's files or change configuration.</summary>
    public const string Engineer = nameof(Engineer);

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Viewer, p => p.RequireAuthenticatedUser().RequireRole(Roles.All));
        options.AddPolicy(Admin, p => p.RequireAuthenticatedUser().RequireRole(Roles.Admin));
        options.AddPolicy(Engineer, p => p.RequireAuthenticatedUser().RequireRole(Roles.Engineer, Roles.Admin));
        // Every endpoint requires a signed-in user unless it says otherwise (sign-in, health, static assets).
        options.FallbackPolicy = options.GetPolicy(Viewer);
    }
}
