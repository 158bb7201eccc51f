using Dashboard.Domain.Access;

namespace Dashboard.Infrastructure.DemoWorld;

/// <summary>
/// One demo user per role, and an approver for each of the demo catalog's owner teams, listed in the README. Ada approves for
/// both owners of the story's radius (tax.rate.default) at once; Pat, Dora, Wes and Finn for one team each.
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
        ("approver-web", "Wes Web", Roles.Approver, ["web-experience"]),
        ("approver-fulfilment", "Finn Fulfilment", Roles.Approver, ["fulfilment"]),
        ("oncall", "Omar On-call", Roles.OnCall, ["payments"]),
        ("recon", "Rita Reconciliation", Roles.ReconciliationOperator, ["payments"]),
        ("admin", "Alex Admin", Roles.Admin, []),
    ];
}
