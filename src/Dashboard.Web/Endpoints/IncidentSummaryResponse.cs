using Dashboard.Domain.Incidents;

namespace Dashboard.Web.Endpoints;

/// <summary>An incident in the list: enough to pick it out.</summary>
public sealed record IncidentSummaryResponse(
    Guid Id, string Title, string Severity, string Status, string Environment, IReadOnlyList<string> Services,
    DateTimeOffset StartedAt, DateTimeOffset OpenedAt, DateTimeOffset? ResolvedAt, bool OpenedAutomatically, string? Commander)
{
    public static IncidentSummaryResponse From(Incident incident) => new(incident.Id, incident.Title, incident.Severity.ToString().ToLowerInvariant(),
        incident.Status.ToString().ToLowerInvariant(), incident.Environment, incident.Services, incident.StartedAt, incident.OpenedAt, incident.ResolvedAt,
        incident.OpenedAutomatically, incident.CommanderName);
}
