using Dashboard.Domain.Incidents;

namespace Dashboard.Application.Notifications;

/// <summary>What the people on call are told when an incident opens or resolves; <see cref="Link"/> points at its page when the dashboard's address is known.</summary>
public sealed record IncidentNotification(
    IncidentNotificationKind Kind,
    Guid IncidentId,
    string Title,
    IncidentSeverity Severity,
    string Environment,
    IReadOnlyList<string> Services,
    string Summary,
    DateTimeOffset At,
    Uri? Link = null)
{
    public static IncidentNotification For(Incident incident, IncidentNotificationKind kind, string summary, DateTimeOffset at, Uri? link = null) =>
        new(kind, incident.Id, incident.Title, incident.Severity, incident.Environment, incident.Services, summary, at, link);
}
