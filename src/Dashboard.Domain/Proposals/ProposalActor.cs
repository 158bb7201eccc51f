namespace Dashboard.Domain.Proposals;

/// <summary>The signed-in person acting on a proposal, with the roles and teams the identity provider (or local account) gave them.</summary>
public sealed record ProposalActor
{
    public ProposalActor(string userId, string displayName, IEnumerable<string> roles, IEnumerable<string>? teams = null)
    {
        if (string.IsNullOrWhiteSpace(userId))
            throw new DomainException("The person acting on a proposal needs a user id: pass the signed-in user's object id or login name.");
        UserId = userId.Trim();
        DisplayName = string.IsNullOrWhiteSpace(displayName) ? UserId : displayName.Trim();
        Roles = [.. roles.Where(r => !string.IsNullOrWhiteSpace(r)).Select(r => r.Trim()).Distinct(StringComparer.Ordinal)];
        Teams = [.. (teams ?? []).Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    public string UserId { get; }
    public string DisplayName { get; }
    public IReadOnlyList<string> Roles { get; }
    /// <summary>The teams the person belongs to, as the catalog names owner teams (compared without case).</summary>
    public IReadOnlyList<string> Teams { get; }

    public bool HasRole(string role) => Roles.Contains(role, StringComparer.Ordinal);

    public bool HasAnyRole(params string[] roles) => roles.Any(HasRole);

    public bool IsMemberOf(string team) => Teams.Contains(team, StringComparer.OrdinalIgnoreCase);

    /// <summary>User ids from identity providers differ in case between sources, so they compare without case.</summary>
    public bool IsSamePersonAs(ProposalActor other) => IsSamePersonAs(other.UserId);

    public bool IsSamePersonAs(string userId) => string.Equals(UserId, userId, StringComparison.OrdinalIgnoreCase);

    public override string ToString() => $"{DisplayName} ({UserId})";
}
