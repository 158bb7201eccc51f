using System.Text.Json;

namespace Dashboard.Infrastructure.Tests.AppConfiguration.Support;

/// <summary>One request/response pair of a recorded session. Header values recorded as arrays are joined.</summary>
public sealed record RecordedEntry(
    string Method,
    Uri RequestUri,
    IReadOnlyDictionary<string, string> RequestHeaders,
    JsonElement? RequestBody,
    int Status,
    IReadOnlyDictionary<string, string> ResponseHeaders,
    JsonElement ResponseBody)
{
    public static RecordedEntry Read(JsonElement entry) => new(
        entry.GetProperty("RequestMethod").GetString()!,
        new Uri(entry.GetProperty("RequestUri").GetString()!),
        Headers(entry.GetProperty("RequestHeaders")),
        entry.GetProperty("RequestBody") is { ValueKind: not JsonValueKind.Null } body ? body.Clone() : null,
        entry.GetProperty("StatusCode").GetInt32(),
        Headers(entry.GetProperty("ResponseHeaders")),
        entry.GetProperty("ResponseBody").Clone());

    public string? RequestHeader(string name) => RequestHeaders.TryGetValue(name, out var value) ? value : null;

    /// <summary>The body re-serialised compactly; an empty array stands for "no body" in recordings.</summary>
    public byte[] ResponseBodyBytes() =>
        ResponseBody.ValueKind == JsonValueKind.Array && ResponseBody.GetArrayLength() == 0
            ? []
            : JsonSerializer.SerializeToUtf8Bytes(ResponseBody);

    private static Dictionary<string, string> Headers(JsonElement headers)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var header in headers.EnumerateObject())
        {
            result[header.Name] = header.Value.ValueKind == JsonValueKind.Array
                ? string.Join(", ", header.Value.EnumerateArray().Select(v => v.GetString()))
                : header.Value.GetString() ?? "";
        }
        return result;
    }
}
