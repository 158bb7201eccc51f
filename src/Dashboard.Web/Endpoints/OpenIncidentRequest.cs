namespace Dashboard.Web.Endpoints;

/// <summary>POST /api/incidents: severity is critical, high, medium or low; startedAt defaults to now.</summary>
public sealed record OpenIncidentRequest(string? Title, string? Severity, string? Environment, IReadOnlyList<string>? Services, DateTimeOffset? StartedAt);
