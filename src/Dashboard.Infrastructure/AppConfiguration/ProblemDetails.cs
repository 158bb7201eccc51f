using System.Text.Json;

namespace Dashboard.Infrastructure.AppConfiguration;

/// <summary>
/// The RFC 7807 body the data plane sends with errors, e.g. <c>{type: "https://azconfig.io/errors/key-locked", title, detail, status}</c>.
/// Some errors (412, 404) come with no body at all; some older responses label the problem as kv+json, so the body is read by shape.
/// </summary>
internal sealed record ProblemDetails(string? Type, string? Title, string? Detail)
{
    public const string KeyLockedType = "https://azconfig.io/errors/key-locked";

    public bool IsKeyLocked => string.Equals(Type, KeyLockedType, StringComparison.OrdinalIgnoreCase);

    /// <summary>The most useful sentence for the user: the detail, else the title.</summary>
    public string? Explanation => string.IsNullOrWhiteSpace(Detail) ? Title : Detail;

    public static ProblemDetails? TryRead(BinaryData? body)
    {
        if (body is null || body.ToMemory().IsEmpty)
            return null;
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return null;
            return new ProblemDetails(Text(root, "type"), Text(root, "title"), Text(root, "detail"));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
