namespace Dashboard.Application.Notifications;

/// <summary>
/// Absolute links to the dashboard's pages for messages read outside it (chat webhooks). Null when the dashboard's
/// public address is not configured: a guess (such as localhost) would send people nowhere.
/// </summary>
public interface IDashboardLinks
{
    Uri? Incident(Guid incidentId);

    /// <summary>The config map showing the key in its store.</summary>
    Uri? ConfigKey(string store, string key);
}
