using System.Text.Json;

namespace Dashboard.Domain.Proposals;

/// <summary>
/// The services a stored blast radius names (affected readers and reloaders, then downstream dependents), in order and
/// without repeats: the services whose staging health decides a soak. A radius that was not computed is not JSON and names none.
/// </summary>
public static class RadiusServices
{
    public static IReadOnlyList<string> Of(BlastRadiusSnapshot radius) => Collect(radius, "affected", "downstream");

    /// <summary>Only the services that read the key or reload on it, without the callers downstream of them.</summary>
    public static IReadOnlyList<string> Affected(BlastRadiusSnapshot radius) => Collect(radius, "affected");

    private static List<string> Collect(BlastRadiusSnapshot radius, params string[] properties)
    {
        var names = new List<string>();
        try
        {
            using var document = JsonDocument.Parse(radius.SerializedText, new JsonDocumentOptions { MaxDepth = 64 });
            if (document.RootElement.ValueKind != JsonValueKind.Object) return names;
            foreach (var property in properties)
                Collect(document.RootElement, property, names);
        }
        catch (JsonException)
        {
            // Not an analysis (e.g. "not computed"): no service is known.
        }
        return names;
    }

    private static void Collect(JsonElement root, string property, List<string> names)
    {
        if (!root.TryGetProperty(property, out var list) || list.ValueKind != JsonValueKind.Array) return;
        foreach (var entry in list.EnumerateArray())
            if (entry.ValueKind == JsonValueKind.Object && entry.TryGetProperty("service", out var name) && name.ValueKind == JsonValueKind.String
                && name.GetString() is { Length: > 0 } service && !names.Contains(service, StringComparer.OrdinalIgnoreCase))
                names.Add(service);
    }
}
