using Azure;

namespace Dashboard.Infrastructure.AppConfiguration;

/// <summary>ETags travel quoted in headers and bare in bodies and in <c>ConfigSetting.ETag</c>.</summary>
internal static class ETags
{
    public static string Quote(string etag) => etag == "*" || etag.StartsWith('"') ? etag : $"\"{etag}\"";

    public static string? Unquote(string? etag) =>
        etag is { Length: >= 2 } && etag.StartsWith('"') && etag.EndsWith('"') ? etag[1..^1] : etag;

    public static string? FromHeader(Response response) =>
        response.Headers.TryGetValue("ETag", out var etag) ? Unquote(etag) : null;
}
