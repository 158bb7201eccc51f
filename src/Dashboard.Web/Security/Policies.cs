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

    private const string ProposalPrefix = "Proposal.";

    /// <summary>The policy of one step of the change pipeline: the roles the action table accepts calls for it from.</summary>
    public static string For(ProposalAction action) => ProposalPrefix + action;

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Viewer, p => p.RequireAuthenticatedUser().RequireRole(Roles.All));
        options.AddPolicy(Admin, p => p.RequireAuthenticatedUser().RequireRole(Roles.Admin));
        options.AddPolicy(Engineer, p => p.RequireAuthenticatedUser().RequireRole(Roles.Engineer, Roles.Admin));
        options.AddPolicy(OnCall, p => p.RequireAuthenticatedUser().RequireRole(Roles.OnCall, Roles.Admin));
        options.AddPolicy(ReconciliationOperator, p => p.RequireAuthenticatedUser().RequireRole(Roles.ReconciliationOperator, Roles.Admin));
        options.AddPolicy(ReconciliationApprover, p => p.RequireAuthenticatedUser().RequireRole(Roles.Approver, Roles.ReconciliationOperator, Roles.Admin));
        foreach (var rule in ProposalActionTable.All)
            options.AddPolicy(For(rule.Action), p => p.RequireAuthenticatedUser().RequireRole(rule.CallerRoles));
        // Every endpoint requires a signed-in user unless it says otherwise (sign-in, health, static assets).
        options.FallbackPolicy = options.GetPolicy(Viewer);
    }
}
