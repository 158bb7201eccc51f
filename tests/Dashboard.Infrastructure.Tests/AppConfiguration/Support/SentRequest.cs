namespace Dashboard.Infrastructure.Tests.AppConfiguration.Support;

/// <summary>A snapshot of one request as it left the client's pipeline: headers include content headers.</summary>
public sealed record SentRequest(HttpMethod Method, Uri Uri, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    public static async Task<SentRequest> CaptureAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in request.Headers)
            headers[name] = string.Join(", ", values);
        var body = Array.Empty<byte>();
        if (request.Content is not null)
        {
            foreach (var (name, values) in request.Content.Headers)
                headers[name] = string.Join(", ", values);
            body = await request.Content.ReadAsByteArrayAsync(cancellationToken);
        }
        return new SentRequest(request.Method, request.RequestUri!, headers, body);
    }
}
