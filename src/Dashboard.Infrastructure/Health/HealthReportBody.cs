using System.Text;
using System.Text.Json;

namespace Dashboard.Infrastructure.Health;

/// <summary>
/// Reads what a health endpoint's body says, if anything: ASP.NET Core writes "Healthy", "Degraded" or "Unhealthy", and
/// JSON writers put a "status" property. A body that is neither is not an error — the status code decides — but
/// binary or broken JSON is noted, since a health endpoint should not answer with it.
/// </summary>
internal static class HealthReportBody
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly JsonDocumentOptions JsonLimits = new() { MaxDepth = 16 };

    /// <summary>The reported status ("Healthy", "Degraded", "Unhealthy"), or a note on an unreadable body; both null when there is nothing to say.</summary>
    public static (string? Status, string? Note) Read(ReadOnlySpan<byte> body, bool truncated)
    {
        if (body.IsEmpty) return (null, null);
        string text;
        try
        {
            text = StrictUtf8.GetString(body).Trim();
        }
        catch (DecoderFallbackException)
        {
            return (null, $"the body is not text ({body.Length}{(truncated ? "+" : "")} bytes), not a health report");
        }
        if (IsStatusWord(text)) return (Normalize(text), null);
        if (!text.StartsWith('{')) return (null, null);
        if (truncated) return (null, $"the body is JSON longer than {body.Length} bytes; only the status code was read");
        try
        {
            using var document = JsonDocument.Parse(text, JsonLimits);
            return document.RootElement.TryGetProperty("status", out var status) && status.ValueKind == JsonValueKind.String && IsStatusWord(status.GetString()!)
                ? (Normalize(status.GetString()!), null)
                : (null, null);
        }
        catch (JsonException)
        {
            return (null, "the body is broken JSON, not a health report");
        }
    }

    private static bool IsStatusWord(string text) =>
        text.Equals("Healthy", StringComparison.OrdinalIgnoreCase) || text.Equals("Degraded", StringComparison.OrdinalIgnoreCase)
        || text.Equals("Unhealthy", StringComparison.OrdinalIgnoreCase);

    private static string Normalize(string word) => char.ToUpperInvariant(word[0]) + word[1..].ToLowerInvariant();
}
