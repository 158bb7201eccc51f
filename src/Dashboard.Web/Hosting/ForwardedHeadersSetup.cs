using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Dashboard.Web.Hosting;

/// <summary>
/// Behind a TLS-terminating proxy: the client's address (for the sign-in rate limit and logs) and scheme (for Secure cookies and
/// HSTS) come from X-Forwarded-For/-Proto, but only from the configured proxies. X-Forwarded-Host is never read.
/// </summary>
public static class ForwardedHeadersSetup
{
    public static IServiceCollection AddDashboardForwardedHeaders(this IServiceCollection services, ForwardedHeadersSettings settings) =>
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // The defaults trust loopback; only what is configured is trusted here.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in settings.KnownProxies) options.KnownProxies.Add(IPAddress.Parse(proxy));
            foreach (var network in settings.KnownNetworks) options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        });

    public static void UseDashboardForwardedHeaders(this WebApplication app, ForwardedHeadersSettings settings)
    {
        if (settings.IsConfigured) app.UseForwardedHeaders();
    }
}
