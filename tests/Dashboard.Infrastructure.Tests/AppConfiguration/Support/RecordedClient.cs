using Azure.Core.Pipeline;
using Dashboard.Infrastructure.AppConfiguration;

namespace Dashboard.Infrastructure.Tests.AppConfiguration.Support;

/// <summary>An <see cref="AppConfigurationClient"/> wired to replay one recorded session.</summary>
public static class RecordedClient
{
    public const string TestCredential = "test-id";
    public static byte[] TestSecret => "test-secret"u8.ToArray();

    public static (AppConfigurationClient Client, RecordedSessionHandler Handler) For(string sessionName, bool compareAccept = false)
    {
        var session = RecordedSession.Load(sessionName);
        var handler = new RecordedSessionHandler(session, compareAccept);
        var options = new AppConfigurationClientOptions { Transport = new HttpClientTransport(new HttpClient(handler)) };
        // A replay has exactly one answer per request: a retry would only hide a mismatch.
        options.Retry.MaxRetries = 0;
        var connectionString = $"Endpoint={session.Endpoint};Id={TestCredential};Secret={Convert.ToBase64String(TestSecret)}";
        return (new AppConfigurationClient(connectionString, options), handler);
    }
}
