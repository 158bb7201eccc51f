using System.Globalization;
using System.Text.Json;
using Dashboard.Domain.ConfigStores;

namespace Dashboard.Analysis.ConfigExport;

/// <summary>
/// Reads an <c>az appconfig kv export</c> file within <see cref="ExportLimits"/>: the <c>appconfig/kvset</c> profile (an
/// object with an <c>items</c> array, labels, content types and tags kept) or the flat JSON profile (one property per key,
/// every key given the label from the command line). Throws <see cref="ExportFileException"/> naming the file and the fix.
/// </summary>
public static class ExportFileReader
{
    public static async Task<ExportFile> ReadAsync(string path, string? flatLabel, ExportLimits limits, CancellationToken cancellationToken)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
            throw new ExportFileException($"'{path}' does not exist. Pass the files written by 'az appconfig kv export --destination file'.");
        if (info.Length > limits.MaxBytes)
            throw new ExportFileException($"'{path}' is {info.Length:N0} bytes; at most {limits.MaxBytes:N0} are read. "
                + "Export one store (or one key prefix with --key) per file.");
        JsonDocument document;
        await using (var stream = info.OpenRead())
        {
            try
            {
                document = await JsonDocument.ParseAsync(stream, new JsonDocumentOptions { MaxDepth = limits.MaxDepth }, cancellationToken);
            }
            catch (JsonException error)
            {
                throw new ExportFileException($"'{path}' is not JSON an export can hold (line {error.LineNumber + 1}): {error.Message} "
                    + $"Export files nest at most {limits.MaxDepth} levels.");
            }
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                throw new ExportFileException($"'{path}' holds a JSON {Describe(root.ValueKind)}; an export file is an object: "
                    + "{\"items\": [...]} (--profile appconfig/kvset) or {\"key\": \"value\", ...} (flat JSON).");
            var settings = IsKvSet(root) ? ReadKvSet(path, root, limits) : ReadFlat(path, root, flatLabel, limits);
            return new ExportFile(path, IsKvSet(root) ? ExportProfile.KvSet : ExportProfile.Flat, settings);
        }
    }

    private static bool IsKvSet(JsonElement root) =>
        root.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Array;

    private static List<ConfigSetting> ReadKvSet(string path, JsonElement root, ExportLimits limits)
    {
        var items = root.GetProperty("items");
        CheckCount(path, items.GetArrayLength(), limits);
        var settings = new List<ConfigSetting>();
        var index = 0;
        foreach (var item in items.EnumerateArray())
        {
            var where = $"'{path}' items[{index++}]";
            if (item.ValueKind != JsonValueKind.Object)
                throw new ExportFileException($"{where} is a JSON {Describe(item.ValueKind)}; each item is an object with \"key\", \"value\", \"label\", \"content_type\" and \"tags\".");
            var key = Text(item, "key", where) ?? throw new ExportFileException($"{where} has no \"key\"; every item needs one.");
            var label = Text(item, "label", where);
            var contentType = Text(item, "content_type", where);
            settings.Add(Setting(where, key, label, Text(item, "value", where), contentType?.Length == 0 ? null : contentType, Tags(item, where)));
        }
        return Unique(path, settings);
    }

    private static List<ConfigSetting> ReadFlat(string path, JsonElement root, string? label, ExportLimits limits)
    {
        var settings = new List<ConfigSetting>();
        foreach (var property in root.EnumerateObject())
        {
            CheckCount(path, settings.Count + 1, limits);
            var value = property.Value.ValueKind switch
            {
                JsonValueKind.String => property.Value.GetString(),
                JsonValueKind.Null => null,
                // Numbers, booleans and JSON values (a key with a JSON content type) are exported as JSON: the value is their text.
                _ => property.Value.GetRawText(),
            };
            settings.Add(Setting($"'{path}' key \"{property.Name}\"", property.Name, label, value, null, new Dictionary<string, string>()));
        }
        return Unique(path, settings);
    }

    private static ConfigSetting Setting(string where, string key, string? label, string? value, string? contentType, IReadOnlyDictionary<string, string> tags)
    {
        if ((ConfigKey.Problem(key) ?? ConfigLabel.Problem(label)) is { } problem)
            throw new ExportFileException($"{where}: {problem}");
        return new ConfigSetting(key, label, value, contentType, null, tags, false, null);
    }

    private static string? Text(JsonElement item, string name, string where) =>
        !item.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.String ? value.GetString()
        : throw new ExportFileException($"{where} \"{name}\" is a JSON {Describe(value.ValueKind)}; it must be a string or null.");

    private static Dictionary<string, string> Tags(JsonElement item, string where)
    {
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!item.TryGetProperty("tags", out var element) || element.ValueKind == JsonValueKind.Null)
            return tags;
        if (element.ValueKind != JsonValueKind.Object)
            throw new ExportFileException($"{where} \"tags\" is a JSON {Describe(element.ValueKind)}; tags are an object of names to strings.");
        foreach (var tag in element.EnumerateObject())
            tags[tag.Name] = tag.Value.ValueKind == JsonValueKind.String ? tag.Value.GetString()!
                : throw new ExportFileException($"{where} tag \"{tag.Name}\" is a JSON {Describe(tag.Value.ValueKind)}; tag values are strings.");
        return tags;
    }

    private static void CheckCount(string path, int count, ExportLimits limits)
    {
        if (count > limits.MaxItems)
            throw new ExportFileException($"'{path}' holds more than {limits.MaxItems.ToString("N0", CultureInfo.InvariantCulture)} key-values; "
                + "export one key prefix per file (az appconfig kv export --key 'prefix*').");
    }

    private static List<ConfigSetting> Unique(string path, List<ConfigSetting> settings)
    {
        var duplicate = settings.GroupBy(s => (s.Key, s.Label)).FirstOrDefault(g => g.Count() > 1);
        return duplicate is null ? settings
            : throw new ExportFileException($"'{path}' holds {ConfigLabel.DescribeSetting(duplicate.Key.Key, duplicate.Key.Label)} "
                + $"{duplicate.Count()} times; a store holds each key and label once. Remove the duplicates.");
    }

    private static string Describe(JsonValueKind kind) => kind.ToString().ToLowerInvariant();
}
