namespace Dashboard.Application.Incidents;

/// <summary>An incident opened by hand, as typed: checked by <see cref="IncidentWorkflow.OpenByHandAsync"/>.</summary>
public sealed record NewIncident(string? Title, string? Severity, string? Environment, IReadOnlyList<string>? Services, DateTimeOffset? StartedAt);
