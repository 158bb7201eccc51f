namespace Dashboard.Infrastructure.AppConfiguration;

/// <summary>The Accept and Content-Type values the data plane expects; errors come back as problem+json.</summary>
internal static class AppConfigurationMediaTypes
{
    public const string AcceptSetting = "application/vnd.microsoft.appconfig.kv+json, application/problem+json";
    public const string AcceptSettingSet = "application/vnd.microsoft.appconfig.kvset+json, application/problem+json";
    public const string RequestBody = "application/json";
}
