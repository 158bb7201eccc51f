namespace Dashboard.Domain.Incidents;

/// <summary>Whether to open an incident now, since when the service has been unhealthy (null: it is not), and why in words.</summary>
public sealed record OpeningDecision(bool Open, DateTimeOffset? UnhealthySince, string Reason);
