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
    /// <summary>
    /// Approve and reject: open to everyone taking part in config changes, so that an engineer approving their own change hears
    /// the domain's reason (only an Approver other than the author may) instead of a bare 403.
    /// </summary>
    public const string Approver = nameof(Approver);
    /// <summary>Those who watch production after a change: mark it verified or roll it back.</summary>
    public const string Operator = nameof(Operator);

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Viewer, p => p.RequireAuthenticatedUser().RequireRole(Roles.All));
        options.AddPolicy(Admin, p => p.RequireAuthenticatedUser().RequireRole(Roles.Admin));
        options.AddPolicy(Engineer, p => p.RequireAuthenticatedUser().RequireRole(Roles.Engineer, Roles.Admin));
        options.AddPolicy(Approver, p => p.RequireAuthenticatedUser().RequireRole(Roles.Approver, Roles.Engineer, Roles.Admin));
        options.AddPolicy(Operator, p => p.RequireAuthenticatedUser().RequireRole(Roles.Engineer, Roles.OnCall, Roles.Admin));
        // Every endpoint requires a signed-in user unless it says otherwise (sign-in, health, static assets).
        options.FallbackPolicy = options.GetPolicy(Viewer);
    }
}
