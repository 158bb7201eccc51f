namespace Dashboard.Domain.Incidents;

/// <summary>Where the response stands: investigating → identified → monitoring → resolved.</summary>
public enum IncidentStatus
{
    Investigating,
    Identified,
    Monitoring,
    Resolved,
}
