using Azure.Core;
using Azure.Core.Pipeline;
using Dashboard.Infrastructure.AppConfiguration;

namespace Dashboard.Infrastructure.Tests.AppConfiguration.Support;

/// <summary>Clients whose transport is a <see cref="ScriptedHandler"/>; retries wait milliseconds, not seconds.</summary>
public static class ScriptedClient
{
    public const string Credential = "test-id";
    public static byte[] Secret => "test-secret"u8.ToArray();

    public static AppConfigurationClient WithConnectionString(ScriptedHandler handler, string endpoint = "https://store.azconfig.io", TimeProvider? time = null, int maxRetries = 3) =>
        new($"Endpoint={endpoint};Id={Credential};Secret={Convert.ToBase64String(Secret)}", Options(handler, time, maxRetries));

    public static AppConfigurationClient WithCredential(ScriptedHandler handler, TokenCredential credential, string endpoint = "https://store.azconfig.io") =>
        new(new Uri(endpoint), credential, Options(handler, null, 0));

    public static AppConfigurationClientOptions Options(ScriptedHandler handler, TimeProvider? time, int maxRetries)
    {
        var options = new AppConfigurationClientOptions
        {
            Transport = new HttpClientTransport(new HttpClient(handler)),
            TimeProvider = time ?? TimeProvider.System,
        };
        options.Retry.MaxRetries = maxRetries;
        options.Retry.Delay = TimeSpan.FromMilliseconds(1);
        options.Retry.MaxDelay = TimeSpan.FromSeconds(5);
        return options;
    }

    public static string SettingJson(string key, string? label = null, string value = "v", string etag = "etag-1") =>
        $$"""{"etag":"{{etag}}","key":"{{key}}","label":{{(label is null ? "null" : $"\"{label}\"")}},"content_type":null,"value":"{{value}}","tags":{},"locked":false,"last_modified":"2024-05-01T10:00:00+00:00"}""";
}
