using System.Text.Json;

namespace Dashboard.Infrastructure.ConfigStores;

/// <summary>Tags are kept as one JSON object per row; insertion order is kept, as the service does.</summary>
internal static class TagsJson
{
    public static string Write(IReadOnlyDictionary<string, string> tags) => JsonSerializer.Serialize(tags);

    public static IReadOnlyDictionary<string, string> Read(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? [];
}
