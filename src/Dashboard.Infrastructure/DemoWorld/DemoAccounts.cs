using Dashboard.Domain.Access;

namespace Dashboard.Infrastructure.DemoWorld;

/// <summary>
/// One demo user per role, listed in the README. They are for the embedded demo only:
/// sign-in refuses them in the Production environment unless explicitly allowed.
/// </summary>
public static class DemoAccounts
{
    public const string Password = "demo-dashboard-2026";

    public static readonly IReadOnlyList<(string UserName, string DisplayName, string Role)> All =
    [
        ("viewer", "Vera Viewer", Roles.Viewer),
        ("engineer", "Eli Engineer", Roles.Engineer),
        ("approver", "Ada Approver", Roles.Approver),
        ("oncall", "Omar On-call", Roles.OnCall),
        ("recon", "Rita Reconciliation", Roles.ReconciliationOperator),
        ("admin", "Alex Admin", Roles.Admin),
    ];
}
