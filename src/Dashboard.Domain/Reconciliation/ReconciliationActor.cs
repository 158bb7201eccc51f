namespace Dashboard.Domain.Reconciliation;

/// <summary>The signed-in person acting on a reconciliation run, with the roles the identity provider gave them.</summary>
public sealed record ReconciliationActor
{
    public ReconciliationActor(string userId, string displayName, IEnumerable<string> roles)
    {
        if (string.IsNullOrWhiteSpace(userId))
            throw new DomainException("The person acting on a reconciliation run needs a user id: pass the signed-in user's object id or login name.");
        UserId = userId.Trim();
        DisplayName = string.IsNullOrWhiteSpace(displayName) ? UserId : displayName.Trim();
        Roles = [.. roles.Where(r => !string.IsNullOrWhiteSpace(r)).Select(r => r.Trim()).Distinct(StringComparer.Ordinal)];
    }

    public string UserId { get; }
    public string DisplayName { get; }
    public IReadOnlyList<string> Roles { get; }

    public bool HasAnyRole(params string[] roles) => roles.Any(role => Roles.Contains(role, StringComparer.Ordinal));

    /// <summary>User ids from identity providers differ in case between sources, so they compare without case.</summary>
    public bool IsSamePersonAs(string userId) => string.Equals(UserId, userId, StringComparison.OrdinalIgnoreCase);

    /// <summary>True when the person may prepare and edit runs (the page offers the edit menus only to them).</summary>
    public bool IsOperator => HasAnyRole(Access.Roles.ReconciliationOperator, Access.Roles.Admin);

    internal bool CanApprove => HasAnyRole(Access.Roles.ReconciliationOperator, Access.Roles.Approver);

    public override string ToString() => $"{DisplayName} ({UserId})";
}
