
namespace Dashboard.Domain.Incidents;

/// <summary>Who acts on an incident: a signed-in person with their roles, or the dashboard itself (<see cref="Dashboard"/>).</summary>
public sealed record IncidentActor
{
    /// <summary>The dashboard, opening incidents and recording what it observes.</summary>
    public static readonly IncidentActor Dashboard = new("dashboard", "the dashboard", [Access.Roles.OnCall]);

    public IncidentActor(string userId, string displayName, IEnumerable<string> roles)
    {
        if (string.IsNullOrWhiteSpace(userId))
            throw new DomainException("The person acting on an incident needs a user id: pass the signed-in user's object id or login name.");
        UserId = userId.Trim();
        DisplayName = string.IsNullOrWhiteSpace(displayName) ? UserId : displayName.Trim();
        Roles = [.. roles.Where(r => !string.IsNullOrWhiteSpace(r)).Select(r => r.Trim()).Distinct(StringComparer.Ordinal)];
    }

    public string UserId { get; }
    public string DisplayName { get; }
    public IReadOnlyList<string> Roles { get; }

    /// <summary>Opening incidents by hand and changing them is for the people on call, and admins.</summary>
    public bool CanManageIncidents => Roles.Contains(Access.Roles.OnCall, StringComparer.Ordinal) || Roles.Contains(Access.Roles.Admin, StringComparer.Ordinal);
}
