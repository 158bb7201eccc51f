namespace Dashboard.Domain.Incidents;

/// <summary>How bad it is for customers, worst first.</summary>
public enum IncidentSeverity
{
    Critical,
    High,
    Medium,
    Low,
}
