using System.Globalization;
using System.Text.Json;
using Dashboard.Domain.ConfigStores;

namespace Dashboard.Infrastructure.AppConfiguration;

/// <summary>The data plane's key-value JSON: <c>{etag, key, label, content_type, value, tags, locked, last_modified}</c>.</summary>
internal static class ConfigSettingJson
{
    public static ConfigSetting Read(JsonElement kv) => new(
        Key: kv.GetProperty("key").GetString() ?? "",
        Label: StringOrNull(kv, "label"),
        Value: StringOrNull(kv, "value"),
        ContentType: StringOrNull(kv, "content_type"),
        ETag: StringOrNull(kv, "etag"),
        Tags: ReadTags(kv),
        IsLocked: kv.TryGetProperty("locked", out var locked) && locked.ValueKind == JsonValueKind.True,
        LastModified: ReadTimestamp(kv));

    public static ConfigSetting Read(BinaryData body)
    {
        using var document = JsonDocument.Parse(body);
        return Read(document.RootElement);
    }

    /// <summary>
    /// The PUT body. Written compact with the default encoder, in the order value, content_type, tags: the same bytes
    /// the official SDK sends, which keeps x-ms-content-sha256 comparable with recorded sessions.
    /// The ETag is echoed in the body on conditional writes, as that SDK does; the If-Match header is what the service enforces.
    /// </summary>
    public static byte[] WriteBody(ConfigSettingWrite setting, string? ifMatchETag)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteString("value", setting.Value);
            writer.WriteString("content_type", setting.ContentType);
            writer.WriteStartObject("tags");
            foreach (var (name, value) in setting.Tags)
                writer.WriteString(name, value);
            writer.WriteEndObject();
            if (ifMatchETag is not null)
                writer.WriteString("etag", ifMatchETag);
            writer.WriteEndObject();
        }
        return stream.ToArray();
    }

    private static string? StringOrNull(JsonElement kv, string name) =>
        kv.TryGetProperty(name, out var property) && property.ValueKind == JsonValueKind.String ? property.GetString() : null;

    private static Dictionary<string, string> ReadTags(JsonElement kv)
    {
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        if (kv.TryGetProperty("tags", out var element) && element.ValueKind == JsonValueKind.Object)
        {
            foreach (var tag in element.EnumerateObject())
                tags[tag.Name] = tag.Value.ValueKind == JsonValueKind.String ? tag.Value.GetString() ?? "" : tag.Value.GetRawText();
        }
        return tags;
    }

    private static DateTimeOffset? ReadTimestamp(JsonElement kv) =>
        StringOrNull(kv, "last_modified") is { } text
        && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var when)
            ? when
            : null;
}
