using System.Text.Json;

namespace Dashboard.Domain.Configuration;

/// <summary>
/// The provider's JSON adapter: a non-blank value with a JSON content type becomes one entry per
/// leaf, objects by property name and arrays by index ("Key:child", "Key:0"); leaves keep the text
/// JsonElement.ToString gives (null becomes "", true becomes "True"). A value that does not parse
/// stays one plain entry, as the provider keeps it, and the error is reported.
/// </summary>
public static class JsonSettingFlattener
{
    public static FlattenedSetting Flatten(StoreSetting setting)
    {
        ArgumentNullException.ThrowIfNull(setting);
        var plain = new FlattenedSetting([new(setting.Key, setting.Value)], null);
        if (string.IsNullOrWhiteSpace(setting.Value) || !JsonContentType.IsJson(setting.ContentType))
            return plain;

        // The provider wraps the value under its key, unescaped; doing the same keeps the edge cases identical.
        var wrapped = $"{{\"{setting.Key}\":{setting.Value}}}";
        try
        {
            using var document = JsonDocument.Parse(wrapped);
            var entries = new List<KeyValuePair<string, string?>>();
            foreach (var property in document.RootElement.EnumerateObject())
                Visit(property.Value, property.Name, entries);
            return new FlattenedSetting(entries, null);
        }
        catch (JsonException e)
        {
            return plain with { InvalidJsonError = $"'{setting.Key}' has content type '{setting.ContentType}' but its value is not valid JSON ({e.Message}); the provider loads it as plain text." };
        }
    }

    private static void Visit(JsonElement element, string path, List<KeyValuePair<string, string?>> entries)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                    Visit(property.Value, path + ConfigPath.Separator + property.Name, entries);
                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                    Visit(item, path + ConfigPath.Separator + index++.ToString(System.Globalization.CultureInfo.InvariantCulture), entries);
                break;
            default:
                entries.Add(new(path, element.ToString()));
                break;
        }
    }
}
