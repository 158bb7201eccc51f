using System.Globalization;
using System.Text.Json;

namespace Microsoft.Extensions.Configuration.AzureAppConfiguration;

/// <summary>
/// Feature flags into the Microsoft Feature Management schema that Microsoft.FeatureManagement reads:
/// <c>feature_management:feature_flags:{n}:id</c>, <c>:enabled</c>, <c>:conditions:requirement_type</c> and
/// <c>:conditions:client_filters:{m}:name</c> / <c>:parameters:…</c>.
/// </summary>
internal static class FeatureFlagMapper
{
    public const string Section = "feature_management:feature_flags";

    public static IEnumerable<KeyValuePair<string, string?>> Map(IReadOnlyList<KeyValue> flags)
    {
        for (var index = 0; index < flags.Count; index++)
        {
            var prefix = $"{Section}:{index.ToString(CultureInfo.InvariantCulture)}";
            foreach (var entry in MapOne(flags[index], prefix))
                yield return entry;
        }
    }

    private static List<KeyValuePair<string, string?>> MapOne(KeyValue flag, string prefix)
    {
        try
        {
            using var document = JsonDocument.Parse(flag.Value ?? "");
            var root = document.RootElement;
            var entries = new List<KeyValuePair<string, string?>>
            {
                new($"{prefix}:id", root.GetProperty("id").GetString()),
                new($"{prefix}:enabled", root.TryGetProperty("enabled", out var enabled) && enabled.GetBoolean() ? "true" : "false"),
            };
            if (root.TryGetProperty("conditions", out var conditions) && conditions.ValueKind == JsonValueKind.Object)
            {
                if (conditions.TryGetProperty("requirement_type", out var requirement) && requirement.ValueKind == JsonValueKind.String)
                    entries.Add(new($"{prefix}:conditions:requirement_type", requirement.GetString()));
                if (conditions.TryGetProperty("client_filters", out var filters) && filters.ValueKind == JsonValueKind.Array)
                    KeyValueAdapter.Flatten(filters, $"{prefix}:conditions:client_filters", entries);
            }
            return entries;
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new FormatException($"The feature flag '{flag.Key}' (label '{flag.Label}') is not a valid feature flag value: {ex.Message}", ex);
        }
    }
}
