namespace Dashboard.Domain.Scanning;

/// <summary>What makes App Configuration refresh actually happen in a service.</summary>
public enum RefreshDriverKind
{
    /// <summary><c>app.UseAzureAppConfiguration()</c> (ASP.NET Core, or the Functions worker's middleware).</summary>
    Middleware,
    /// <summary>An <c>IConfigurationRefresher</c>'s <c>TryRefreshAsync</c>/<c>RefreshAsync</c>.</summary>
    Refresher,
    /// <summary><c>ProcessPushNotification</c>: Event Grid events mark the cache stale as soon as a key changes.</summary>
    PushNotification,
}

/// <summary>Evidence that refresh is driven: how, and where.</summary>
public sealed record RefreshDriver(RefreshDriverKind Kind, string File, int Line);
