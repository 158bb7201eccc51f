using System.Collections.Frozen;
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

    // One table for the policies and for telling people which role a page needs.
    private static readonly FrozenDictionary<string, string[]> RolesByPolicy = new Dictionary<string, string[]>
    {
        [Viewer] = [.. Roles.All],
        [Admin] = [Roles.Admin],
        [Engineer] = [Roles.Engineer, Roles.Admin],
        [Approver] = [Roles.Approver, Roles.Engineer, Roles.Admin],
        [Operator] = [Roles.Engineer, Roles.OnCall, Roles.Admin],
    }.ToFrozenDictionary();

    /// <summary>The roles a policy lets in; empty for an unknown policy.</summary>
    public static IReadOnlyList<string> RolesOf(string? policy) =>
        policy is not null && RolesByPolicy.TryGetValue(policy, out var roles) ? roles : [];

    /// <summary>The roles that satisfy every one of the authorization requirements (policies and role lists) given.</summary>
    public static IReadOnlyList<string> RolesAllowedBy(IEnumerable<IAuthorizeData> requirements)
    {
        IEnumerable<string> allowed = Roles.All;
        foreach (var requirement in requirements)
        {
            if (requirement.Policy is { } policy) allowed = allowed.Intersect(RolesOf(policy));
            if (requirement.Roles is { } roles) allowed = allowed.Intersect(roles.Split(',', StringSplitOptions.TrimEntries));
        }
        return [.. allowed];
    }

    /// <summary>The roles a page's [Authorize] attributes let in.</summary>
    public static IReadOnlyList<string> RolesAllowedFor(Type pageType) =>
        RolesAllowedBy(pageType.GetCustomAttributes(inherit: true).OfType<IAuthorizeData>());

    public static void Add(AuthorizationOptions options)
    {
        foreach (var (name, roles) in RolesByPolicy)
            options.AddPolicy(name, p => p.RequireAuthenticatedUser().RequireRole(roles));
        // Every endpoint requires a signed-in user unless it says otherwise (sign-in, health, static assets).
        options.FallbackPolicy = options.GetPolicy(Viewer);
    }
}
