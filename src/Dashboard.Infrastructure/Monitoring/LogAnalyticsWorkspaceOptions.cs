namespace Dashboard.Infrastructure.Monitoring;

/// <summary>The Log Analytics workspace holding one environment's Application Insights request telemetry.</summary>
public sealed class LogAnalyticsWorkspaceOptions
{
    public string Environment { get; set; } = "";
    /// <summary>The workspace id (a GUID), not its name or resource id.</summary>
    public string WorkspaceId { get; set; } = "";
}
