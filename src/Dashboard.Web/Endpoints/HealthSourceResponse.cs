namespace Dashboard.Web.Endpoints;

/// <summary>A source reporting on a service (the probes, Azure Monitor Logs): ok, degraded or unavailable, and why.</summary>
public sealed record HealthSourceResponse(string Name, string State, string Message);
