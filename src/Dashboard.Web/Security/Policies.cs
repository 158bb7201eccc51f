using System.Collections.Frozen;
using Dashboard.Domain.Access;
using Dashboard.Domain.Proposals;
using Microsoft.AspNetCore.Authorization;

namespace Dashboard.Web.Security;

/// <summary>Role policies used by pages and API endpoints alike, so the API refuses what the UI hides.</summary>
public static class Policies
{
    public const string Viewer = nameof(Viewer);
    public const string Admin = nameof(Admin);
    /// <summary>Engineers and admins: actions that read the server's files or change configuration.</summary>
    public const string Engineer = nameof(Engineer);
    /// <summary>On-call engineers and admins: open, update and resolve incidents.</summary>
    public const string OnCall = nameof(OnCall);
    /// <summary>Reconciliation operators and admins: find, classify and fix stuck payment transactions.</summary>
    public const string ReconciliationOperator = nameof(ReconciliationOperator);
    /// <summary>Reconciliation runs above the threshold need a second person with this role (or Admin) to approve them.</summary>
    public const string ReconciliationApprover = nameof(ReconciliationApprover);

    /// <summary>The policy of one step of the change pipeline: the roles the action table accepts calls for it from.</summary>
    public static string For(ProposalAction action) => "Proposal." + action;

    // One table for the policies and for telling people which role a page needs.
    private static readonly FrozenDictionary<string, string[]> RolesByPolicy = new Dictionary<string, string[]>
    {
        [Viewer] = [.. Roles.All],
        [Admin] = [Roles.Admin],
        [Engineer] = [Roles.Engineer, Roles.Admin],
        [OnCall] = [Roles.OnCall, Roles.Admin],
        [ReconciliationOperator] = [Roles.ReconciliationOperator, Roles.Admin],
        [ReconciliationApprover] = [Roles.Approver, Roles.ReconciliationOperator, Roles.Admin],
    }.Concat(ProposalActionTable.All.Select(rule => KeyValuePair.Create(For(rule.Action), rule.CallerRoles.ToArray())))
     .ToFrozenDictionary();

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
