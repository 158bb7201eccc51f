namespace Dashboard.Infrastructure.Monitoring;

/// <summary>Settings under Health:LogAnalytics, used when Health:Source is LogAnalytics.</summary>
public sealed class LogAnalyticsOptions
{
    public string Endpoint { get; set; } = LogAnalyticsClientOptions.DefaultEndpoint;
    public List<LogAnalyticsWorkspaceOptions> Workspaces { get; set; } = [];
    /// <summary>"AppRequests" (workspace-based Application Insights) or "requests" (the classic schema).</summary>
    public string Table { get; set; } = RequestTable.AppRequests;
    /// <summary>One summarised query per workspace per refresh, shared by every page.</summary>
    public int RefreshSeconds { get; set; } = 60;
    /// <summary>How many minutes back each query reads.</summary>
    public int LookbackMinutes { get; set; } = 15;
    /// <summary>How long the service may run a query (the Prefer: wait header); the client's network timeout is set above it.</summary>
    public int ServerTimeoutSeconds { get; set; } = 60;
    /// <summary>Client id of a user-assigned managed identity; empty: DefaultAzureCredential decides.</summary>
    public string? ManagedIdentityClientId { get; set; }
}
