using System.Globalization;
using System.Text.Json;
using Dashboard.Domain.ConfigStores;

namespace Dashboard.Web.Endpoints;

/// <summary>Key-values as the App Configuration data plane writes them: <c>{etag, key, label, content_type, value, tags, locked, last_modified}</c>.</summary>
internal static class KeyValueJson
{
    public const string KeyValueMediaType = "application/vnd.microsoft.appconfig.kv+json; charset=utf-8";
    public const string KeyValueSetMediaType = "application/vnd.microsoft.appconfig.kvset+json; charset=utf-8";

    public static byte[] Write(ConfigSetting setting) => Serialize(writer => WriteKeyValue(writer, setting));

    public static byte[] WritePage(IReadOnlyList<ConfigSetting> items, string? nextLink) => Serialize(writer =>
    {
        writer.WriteStartObject();
        writer.WriteStartArray("items");
        foreach (var item in items)
            WriteKeyValue(writer, item);
        writer.WriteEndArray();
        if (nextLink is not null)
            writer.WriteString("@nextLink", nextLink);
        writer.WriteEndObject();
    });

    /// <summary>The service's form, e.g. <c>2023-01-31T20:24:57+00:00</c>.</summary>
    public static string Timestamp(DateTimeOffset when) => when.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'+00:00'", CultureInfo.InvariantCulture);

    private static void WriteKeyValue(Utf8JsonWriter writer, ConfigSetting setting)
    {
        writer.WriteStartObject();
        writer.WriteString("etag", setting.ETag);
        writer.WriteString("key", setting.Key);
        writer.WriteString("label", setting.Label);
        writer.WriteString("content_type", setting.ContentType);
        writer.WriteString("value", setting.Value);
        writer.WriteStartObject("tags");
        foreach (var (name, value) in setting.Tags)
            writer.WriteString(name, value);
        writer.WriteEndObject();
        writer.WriteBoolean("locked", setting.IsLocked);
        if (setting.LastModified is { } lastModified)
            writer.WriteString("last_modified", Timestamp(lastModified));
        else
            writer.WriteNull("last_modified");
        writer.WriteEndObject();
    }

    private static byte[] Serialize(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
            write(writer);
        return stream.ToArray();
    }
}
