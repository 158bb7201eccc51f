using Microsoft.Azure.SignalR;

namespace Dashboard.Web.Hosting;

/// <summary>
/// Serves Blazor circuits through Azure SignalR Service when <c>Azure:SignalR:ConnectionString</c> is set, so circuits of
/// several dashboard instances scale out on the service; otherwise the in-process hub stays, needing nothing.
/// </summary>
public static class AzureSignalRSetup
{
    public static IServiceCollection AddDashboardAzureSignalR(this IServiceCollection services, AzureSignalRSettings settings)
    {
        if (!settings.IsConfigured) return services;
        services.AddSignalR().AddAzureSignalR(options =>
        {
            options.ConnectionString = settings.ConnectionString;
            // A circuit lives on the instance that rendered its page: the service must route its reconnects back there.
            options.ServerStickyMode = ServerStickyMode.Required;
        });
        return services;
    }
}
