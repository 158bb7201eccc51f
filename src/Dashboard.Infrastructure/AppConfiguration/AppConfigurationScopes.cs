namespace Dashboard.Infrastructure.AppConfiguration;

/// <summary>The Entra ID token scope of a store, which depends on the cloud its endpoint is in.</summary>
internal static class AppConfigurationScopes
{
    public const string PublicCloud = "https://appconfig.azure.com/.default";

    public static string For(Uri endpoint) => endpoint.Host switch
    {
        var host when host.EndsWith(".azconfig.azure.cn", StringComparison.OrdinalIgnoreCase) => "https://appconfig.azure.cn/.default",
        var host when host.EndsWith(".azconfig.azure.us", StringComparison.OrdinalIgnoreCase) => "https://appconfig.azure.us/.default",
        _ => PublicCloud,
    };
}
