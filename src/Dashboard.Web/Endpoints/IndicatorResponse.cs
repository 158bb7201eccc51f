namespace Dashboard.Web.Endpoints;

/// <summary>One indicator of a service's health (liveness, readiness, errorRate…), its state and why.</summary>
public sealed record IndicatorResponse(string Name, string State, string Reason);
