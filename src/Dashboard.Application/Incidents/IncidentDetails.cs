using Dashboard.Domain.Incidents;

namespace Dashboard.Application.Incidents;

/// <summary>
/// An incident as on-call reads it: its recorded timeline merged with the config changes applied in its environment
/// from the suspect window before the start until it resolved (or now), and the changes before the start ranked as causes.
/// </summary>
public sealed record IncidentDetails(Incident Incident, IReadOnlyList<TimelineEntry> Timeline, IReadOnlyList<SuspectedChange> SuspectedChanges);
