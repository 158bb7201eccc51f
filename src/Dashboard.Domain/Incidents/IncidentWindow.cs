namespace Dashboard.Domain.Incidents;

/// <summary>
/// The time an incident covers, for finding what it left behind (e.g. payments stuck during it): from when the trouble began
/// until it was resolved, or open-ended (until now) while it is not.
/// </summary>
public sealed record IncidentWindow(DateTimeOffset From, DateTimeOffset? Until);
