using System.Text.Json;
using Azure.Core.Pipeline;
using Dashboard.Infrastructure.Monitoring;
using Dashboard.Infrastructure.Tests.AppConfiguration.Support;

namespace Dashboard.Infrastructure.Tests.Monitoring;

/// <summary>A <see cref="LogAnalyticsClient"/> replaying one recorded query session; see Fixtures/azure/monitor/README.md for what is compared.</summary>
public static class RecordedLogAnalytics
{
    public static (LogAnalyticsClient Client, RecordedSessionHandler Handler, RecordedSession Session) For(string sessionName, TimeSpan? serverTimeout = null)
    {
        var session = RecordedSession.Load(sessionName, "monitor");
        var handler = new RecordedSessionHandler(session, assertRequest: AssertSameRequest);
        var options = new LogAnalyticsClientOptions
        {
            Transport = new HttpClientTransport(new HttpClient(handler)),
            Endpoint = new Uri(session.Entries[0].RequestUri.GetLeftPart(UriPartial.Authority)),
            ServerTimeout = serverTimeout,
        };
        // A replay has exactly one answer per request: a retry would only hide a mismatch.
        options.Retry.MaxRetries = 0;
        return (new LogAnalyticsClient(new StaticTokenCredential(), options), handler, session);
    }

    /// <summary>The recording's workspace, query and time range, to send exactly what was recorded.</summary>
    public static (string Workspace, string Query, LogsTimeRange? TimeRange) RecordedQuery(RecordedSession session)
    {
        var entry = session.Entries[0];
        var workspace = entry.RequestUri.Segments[3].TrimEnd('/');
        var body = entry.RequestBody!.Value;
        LogsTimeRange? range = null;
        if (body.TryGetProperty("timespan", out var timespan))
        {
            var parts = timespan.GetString()!.Split('/');
            range = new LogsTimeRange(DateTimeOffset.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), System.Xml.XmlConvert.ToTimeSpan(parts[1]));
        }
        return (workspace, body.GetProperty("query").GetString()!, range);
    }

    private static void AssertSameRequest(RecordedEntry recorded, SentRequest sent, string step)
    {
        Assert.True(recorded.Method == sent.Method.Method, $"{step}: method {sent.Method}.");
        Assert.Equal(recorded.RequestUri.AbsolutePath, sent.Uri.AbsolutePath);
        Assert.True(string.IsNullOrEmpty(sent.Uri.Query), $"{step}: query string {sent.Uri.Query}.");
        Assert.Equal(recorded.RequestHeader("Prefer"), sent.Header("Prefer"));
        Assert.StartsWith("application/json", sent.Header("Content-Type"));
        Assert.Equal("Bearer test-token", sent.Header("Authorization"));
        RecordedSessionHandler.AssertSameBody(recorded, sent, step);
        Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(sent.Body).RootElement.ValueKind);
    }
}
