using System.Net;
using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace Dashboard.Infrastructure.Tests.AppConfiguration.Support;

/// <summary>
/// Serves a recorded session's responses in order and asserts that each request matches the recorded one.
/// What is compared for App Configuration, and why api-version and a trailing '/' are not, is written in
/// Fixtures/azure/appconfiguration/README.md; another service passes its own comparison as <paramref name="assertRequest"/>.
/// </summary>
public sealed class RecordedSessionHandler(
    RecordedSession session, bool compareAccept = false, Action<RecordedEntry, SentRequest, string>? assertRequest = null) : HttpMessageHandler
{
    public const string ExpectedApiVersion = "2023-11-01";

    private static readonly string[] ComparedHeaders = ["If-Match", "If-None-Match", "Sync-Token", "x-ms-content-sha256"];

    private readonly Queue<RecordedEntry> _pending = new(session.Entries);

    public List<SentRequest> Sent { get; } = [];

    public void AssertAllServed() =>
        Assert.True(_pending.Count == 0, $"{session.Name}: the client stopped before the recorded {_pending.Count} more request(s), next {_pending.FirstOrDefault()?.Method} {_pending.FirstOrDefault()?.RequestUri}.");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var sent = await SentRequest.CaptureAsync(request, cancellationToken);
        Sent.Add(sent);
        Assert.True(_pending.Count > 0, $"{session.Name}: unexpected extra request {sent.Method} {sent.Uri}.");
        var recorded = _pending.Dequeue();
        var step = $"{session.Name} request {Sent.Count} ({recorded.Method} {recorded.RequestUri.AbsolutePath})";

        if (assertRequest is null) AssertSameRequest(recorded, sent, step);
        else assertRequest(recorded, sent, step);
        return Respond(recorded, sent);
    }

    private void AssertSameRequest(RecordedEntry recorded, SentRequest sent, string step)
    {
        Assert.True(recorded.Method == sent.Method.Method, $"{step}: method {sent.Method}.");
        Assert.True(
            recorded.RequestUri.AbsolutePath.TrimEnd('/') == sent.Uri.AbsolutePath.TrimEnd('/'),
            $"{step}: path {sent.Uri.AbsolutePath}, recorded {recorded.RequestUri.AbsolutePath}.");
        Assert.Equal(QueryWithoutApiVersion(recorded.RequestUri), QueryWithoutApiVersion(sent.Uri));
        Assert.Equal([ExpectedApiVersion], QueryPairs(sent.Uri).Where(p => p.Name == "api-version").Select(p => p.Value));

        foreach (var name in ComparedHeaders)
            Assert.True(recorded.RequestHeader(name) == sent.Header(name), $"{step}: {name} '{sent.Header(name)}', recorded '{recorded.RequestHeader(name)}'.");
        if (compareAccept)
            Assert.Equal(recorded.RequestHeader("Accept"), sent.Header("Accept"));

        // The signed hash must describe the bytes actually sent, whatever the recording says.
        Assert.Equal(Convert.ToBase64String(SHA256.HashData(sent.Body)), sent.Header("x-ms-content-sha256"));
        AssertSameBody(recorded, sent, step);
    }

    public static void AssertSameBody(RecordedEntry recorded, SentRequest sent, string step)
    {
        if (recorded.RequestBody is not { } expected)
        {
            Assert.True(sent.Body.Length == 0, $"{step}: sent a body where the recording has none.");
            return;
        }
        var actual = JsonNode.Parse(sent.Body);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected.GetRawText()), actual), $"{step}: body {actual?.ToJsonString()}, recorded {expected.GetRawText()}.");
    }

    private static HttpResponseMessage Respond(RecordedEntry recorded, SentRequest sent)
    {
        var response = new HttpResponseMessage((HttpStatusCode)recorded.Status) { Content = new ByteArrayContent(recorded.ResponseBodyBytes()) };
        foreach (var (name, value) in recorded.ResponseHeaders)
        {
            // Bodies were re-formatted when recorded, so the recorded lengths no longer hold.
            if (name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase) || name.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase))
                continue;
            if (!response.Headers.TryAddWithoutValidation(name, value))
                response.Content.Headers.TryAddWithoutValidation(name, value);
        }
        if (sent.Header("x-ms-client-request-id") is { } requestId)
        {
            response.Headers.Remove("x-ms-client-request-id");
            response.Headers.TryAddWithoutValidation("x-ms-client-request-id", requestId);
        }
        return response;
    }

    private static List<string> QueryWithoutApiVersion(Uri uri) =>
        QueryPairs(uri).Where(p => p.Name != "api-version").Select(p => $"{p.Name}={p.Value}").Order(StringComparer.Ordinal).ToList();

    private static IEnumerable<(string Name, string Value)> QueryPairs(Uri uri) =>
        uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries).Select(pair =>
        {
            var equals = pair.IndexOf('=');
            return equals < 0
                ? (Uri.UnescapeDataString(pair), "")
                : (Uri.UnescapeDataString(pair[..equals]), Uri.UnescapeDataString(pair[(equals + 1)..]));
        });
}
