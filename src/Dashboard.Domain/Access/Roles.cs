namespace Dashboard.Domain.Access;

/// <summary>The roles the dashboard knows, as app roles in Entra ID and as local demo accounts.</summary>
public static class Roles
{
    public const string Viewer = "Viewer";
    public const string Engineer = "Engineer";
    public const string Approver = "Approver";
    public const string OnCall = "OnCall";
    public const string ReconciliationOperator = "ReconciliationOperator";
    public const string Admin = "Admin";

    public static readonly IReadOnlyList<string> All = [Viewer, Engineer, Approver, OnCall, ReconciliationOperator, Admin];

    public static bool IsKnown(string role) => All.Contains(role, StringComparer.Ordinal);
}
