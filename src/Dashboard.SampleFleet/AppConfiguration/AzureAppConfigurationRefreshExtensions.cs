using Microsoft.Extensions.Configuration.AzureAppConfiguration;

namespace Microsoft.AspNetCore.Builder;

/// <summary><c>app.UseAzureAppConfiguration()</c>: configuration refresh driven by incoming requests.</summary>
public static class AzureAppConfigurationRefreshExtensions
{
    public static IApplicationBuilder UseAzureAppConfiguration(this IApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (builder.ApplicationServices.GetService<IConfigurationRefresherProvider>() is null)
            throw new InvalidOperationException("UseAzureAppConfiguration needs its services: call services.AddAzureAppConfiguration() at startup.");
        return builder.UseMiddleware<AzureAppConfigurationRefreshMiddleware>();
    }
}
