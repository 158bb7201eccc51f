using Dashboard.Domain.Access;

namespace Dashboard.Infrastructure.DemoWorld;

/// <summary>
/// One demo user per role, and an approver from each team owning a service that reads tax.rate.default, listed in the README.
/// Teams are the demo catalog's owner teams: Ada approves for both owners of the story's radius at once, Pat and Dora for one each.
/// They are for the embedded demo only: sign-in refuses them in the Production environment unless explicitly allowed.
/// </summary>
public static class DemoAccounts
{
    public const string Password = "demo-dashboard-2026";

    public static readonly IReadOnlyList<(string UserName, string DisplayName, string Role, string[] Teams)> All =
    [
        ("viewer", "Vera Viewer", Roles.Viewer, []),
        ("engineer", "Eli Engineer", Roles.Engineer, ["payments"]),
        ("approver", "Ada Approver", Roles.Approver, ["payments", "documents"]),
        ("approver-payments", "Pat Payments", Roles.Approver, ["payments"]),
        ("approver-documents", "Dora Documents", Roles.Approver, ["documents"]),
        ("oncall", "Omar On-call", Roles.OnCall, ["payments"]),
        ("recon", "Rita Reconciliation", Roles.ReconciliationOperator, ["payments"]),
        ("admin", "Alex Admin", Roles.Admin, []),
    ];
}
