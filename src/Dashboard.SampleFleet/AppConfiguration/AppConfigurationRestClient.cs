using System.Net;
using System.Text.Json;

namespace Microsoft.Extensions.Configuration.AzureAppConfiguration;

/// <summary>
/// The read side of the App Configuration data plane the provider needs: list key-values by filter (following the
/// pages' Link headers) and read one key-value conditionally on its ETag. Every request is signed with the access key.
/// </summary>
internal sealed class AppConfigurationRestClient : IDisposable
{
    private const string ApiVersion = "2023-11-01";
    private const int MaxPages = 1000;

    private readonly HttpClient _http;
    private readonly HmacSigner _signer;
    private readonly string _base;

    public AppConfigurationRestClient(AppConfigurationConnection connection, TimeProvider time, HttpMessageHandler? handler = null)
    {
        Endpoint = connection.Endpoint;
        _base = connection.Endpoint.AbsoluteUri.TrimEnd('/');
        _signer = new HmacSigner(connection.Id, connection.Secret, time);
        _http = new HttpClient(handler ?? new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            Timeout = TimeSpan.FromSeconds(10),
        };
    }

    public Uri Endpoint { get; }

    /// <summary>Every key-value matching the filters, in the store's order (key, then label).</summary>
    public async Task<IReadOnlyList<KeyValue>> ListAsync(string keyFilter, string labelFilter, CancellationToken cancellationToken)
    {
        var items = new List<KeyValue>();
        Uri? page = new($"{_base}/kv?key={Uri.EscapeDataString(keyFilter)}&label={Uri.EscapeDataString(labelFilter)}&api-version={ApiVersion}");
        for (var pages = 0; page is not null; pages++)
        {
            if (pages == MaxPages)
                throw new AppConfigurationRequestException($"Listing '{keyFilter}' from {Endpoint} did not end after {MaxPages} pages.");
            using var response = await SendAsync(page, ifNoneMatch: null, cancellationToken).ConfigureAwait(false);
            await EnsureSuccessAsync(response, $"list '{keyFilter}'", cancellationToken).ConfigureAwait(false);
            using var body = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false),
                cancellationToken: cancellationToken).ConfigureAwait(false);
            items.AddRange(body.RootElement.GetProperty("items").EnumerateArray().Select(Read));
            page = NextPage(response, body.RootElement);
        }
        return items;
    }

    /// <summary>One key-value; with <paramref name="ifNoneMatch"/>, "unchanged" while it still has that ETag.</summary>
    public async Task<KeyValueRead> GetAsync(string key, string label, string? ifNoneMatch, CancellationToken cancellationToken)
    {
        var labelQuery = label == LabelFilter.Null ? "" : $"label={Uri.EscapeDataString(label)}&";
        var uri = new Uri($"{_base}/kv/{Uri.EscapeDataString(key)}?{labelQuery}api-version={ApiVersion}");
        using var response = await SendAsync(uri, ifNoneMatch, cancellationToken).ConfigureAwait(false);
        switch (response.StatusCode)
        {
            case HttpStatusCode.NotModified:
                return KeyValueRead.Unchanged;
            case HttpStatusCode.NotFound:
                return KeyValueRead.Missing;
        }
        await EnsureSuccessAsync(response, $"read {new KeyValueIdentifier(key, label)}", cancellationToken).ConfigureAwait(false);
        using var body = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false),
            cancellationToken: cancellationToken).ConfigureAwait(false);
        return new KeyValueRead(Read(body.RootElement), NotModified: false);
    }

    public void Dispose() => _http.Dispose();

    private async Task<HttpResponseMessage> SendAsync(Uri uri, string? ifNoneMatch, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.TryAddWithoutValidation("Accept", "application/vnd.microsoft.appconfig.kv+json, application/vnd.microsoft.appconfig.kvset+json, application/problem+json");
        if (ifNoneMatch is not null)
            request.Headers.TryAddWithoutValidation("If-None-Match", $"\"{ifNoneMatch}\"");
        _signer.Sign(request);
        try
        {
            return await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException ex)
        {
            throw new AppConfigurationRequestException($"The store at {Endpoint} cannot be reached: {ex.Message}", ex);
        }
        catch (TaskCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new AppConfigurationRequestException($"The store at {Endpoint} did not answer within {_http.Timeout.TotalSeconds:0} s.", ex);
        }
    }

    private async Task EnsureSuccessAsync(HttpResponseMessage response, string what, CancellationToken cancellationToken)
    {
        if (response.IsSuccessStatusCode)
            return;
        var detail = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var problem = JsonDocument.Parse(detail);
            if (problem.RootElement.TryGetProperty("detail", out var text) && text.ValueKind == JsonValueKind.String)
                detail = text.GetString()!;
        }
        catch (JsonException)
        {
            // Not problem details: the raw body says what it says.
        }
        throw new AppConfigurationRequestException($"The store at {Endpoint} refused to {what}: {(int)response.StatusCode} {detail}".TrimEnd())
        {
            Status = (int)response.StatusCode,
        };
    }

    // The Link header (or @nextLink) is relative to the host: "/appconfig/{store}/kv?...&after=...".
    private Uri? NextPage(HttpResponseMessage response, JsonElement body)
    {
        string? link = null;
        if (response.Headers.TryGetValues("Link", out var headers))
        {
            link = headers.SelectMany(h => h.Split(','))
                .Where(l => l.Contains("rel=\"next\"", StringComparison.OrdinalIgnoreCase))
                .Select(l => l[(l.IndexOf('<') + 1)..l.IndexOf('>')])
                .FirstOrDefault();
        }
        if (link is null && body.TryGetProperty("@nextLink", out var nextLink) && nextLink.ValueKind == JsonValueKind.String)
            link = nextLink.GetString();
        return link is null ? null : new Uri(Endpoint, link);
    }

    private static KeyValue Read(JsonElement item) => new(
        item.GetProperty("key").GetString()!,
        StringOrNull(item, "label"),
        StringOrNull(item, "value"),
        StringOrNull(item, "content_type"),
        StringOrNull(item, "etag"));

    private static string? StringOrNull(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
