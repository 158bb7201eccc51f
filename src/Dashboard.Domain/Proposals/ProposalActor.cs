namespace Dashboard.Domain.Proposals;

/// <summary>The signed-in person acting on a proposal, with the roles the identity provider gave them.</summary>
public sealed record ProposalActor
{
    public ProposalActor(string userId, string displayName, IEnumerable<string> roles)
    {
        if (string.IsNullOrWhiteSpace(userId))
            throw new DomainException("The person acting on a proposal needs a user id: pass the signed-in user's object id or login name.");
        UserId = userId.Trim();
        DisplayName = string.IsNullOrWhiteSpace(displayName) ? UserId : displayName.Trim();
        Roles = [.. roles.Where(r => !string.IsNullOrWhiteSpace(r)).Select(r => r.Trim()).Distinct(StringComparer.Ordinal)];
    }

    public string UserId { get; }
    public string DisplayName { get; }
    public IReadOnlyList<string> Roles { get; }

    public bool HasRole(string role) => Roles.Contains(role, StringComparer.Ordinal);

    public bool HasAnyRole(params string[] roles) => roles.Any(HasRole);

    /// <summary>User ids from identity providers differ in case between sources, so they compare without case.</summary>
    public bool IsSamePersonAs(ProposalActor other) => IsSamePersonAs(other.UserId);

    public bool IsSamePersonAs(string userId) => string.Equals(UserId, userId, StringComparison.OrdinalIgnoreCase);

    public override string ToString() => $"{DisplayName} ({UserId})";
}
