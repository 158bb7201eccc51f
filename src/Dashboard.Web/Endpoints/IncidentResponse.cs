using Dashboard.Application.Incidents;

namespace Dashboard.Web.Endpoints;

/// <summary>One incident with its timeline (config changes merged in) and its ranked suspected changes.</summary>
public sealed record IncidentResponse(
    Guid Id, string Title, string Severity, string Status, string Environment, IReadOnlyList<string> Services, DateTimeOffset StartedAt,
    DateTimeOffset OpenedAt, DateTimeOffset? ResolvedAt, bool OpenedAutomatically, string? Commander,
    IReadOnlyList<TimelineEntryResponse> Timeline, IReadOnlyList<SuspectedChangeResponse> SuspectedChanges)
{
    public static IncidentResponse From(IncidentDetails details)
    {
        var summary = IncidentSummaryResponse.From(details.Incident);
        return new IncidentResponse(summary.Id, summary.Title, summary.Severity, summary.Status, summary.Environment, summary.Services, summary.StartedAt,
            summary.OpenedAt, summary.ResolvedAt, summary.OpenedAutomatically, summary.Commander,
            [.. details.Timeline.Select(e => new TimelineEntryResponse(e.At, char.ToLowerInvariant(e.Kind.ToString()[0]) + e.Kind.ToString()[1..], e.Text, e.ActorName, e.Reference))],
            [.. details.SuspectedChanges.Select(SuspectedChangeResponse.From)]);
    }
}
