using System.Globalization;
using System.Text.Json;
using Azure;

namespace Dashboard.Infrastructure.Monitoring;

/// <summary>Turns an unsuccessful answer into a <see cref="LogAnalyticsException"/> that says what happened and how to fix it.</summary>
internal static class LogAnalyticsErrors
{
    public static LogAnalyticsException Map(Response response, Guid workspace)
    {
        var (code, message, innerCode, innerMessage) = ReadError(response.Content);
        var said = innerMessage ?? message ?? response.ReasonPhrase;
        var codes = innerCode is null ? code : $"{code}/{innerCode}";
        return response.Status switch
        {
            400 => new LogAnalyticsException(LogAnalyticsErrorKind.BadQuery, 400, $"Log Analytics refused the query ({codes ?? "400"}): {said}") { Code = code, InnerCode = innerCode },
            401 => new LogAnalyticsException(LogAnalyticsErrorKind.Unauthorized, 401,
                $"Log Analytics did not accept the dashboard's credentials (401{(code is null ? "" : ", " + code)}): {AuthenticateError(response) ?? said}. "
                + $"Check the identity the dashboard runs as can get a token for {LogAnalyticsClientOptions.Scope}.") { Code = code },
            403 => new LogAnalyticsException(LogAnalyticsErrorKind.Forbidden, 403,
                $"The dashboard's identity may not read workspace {workspace} (403{(code is null ? "" : ", " + code)}): {said}. Give it the Log Analytics Reader role on the workspace.") { Code = code },
            404 => new LogAnalyticsException(LogAnalyticsErrorKind.NotFound, 404,
                $"Workspace {workspace} was not found (404): {said}. Check Health:LogAnalytics:Workspaces.") { Code = code },
            429 => new LogAnalyticsException(LogAnalyticsErrorKind.Throttled, 429,
                $"Log Analytics is throttling the dashboard (429) after its retries{RetryAfterText(response)}: {said}. Raise Health:LogAnalytics:RefreshSeconds.")
            { Code = code, RetryAfter = RetryAfter(response) },
            _ => new LogAnalyticsException(LogAnalyticsErrorKind.Unavailable, response.Status, $"Log Analytics answered {response.Status}: {said}") { Code = code },
        };
    }

    /// <summary>"PartialError: EngineError: Query result set has exceeded…" from an <c>error</c> object.</summary>
    public static string Describe(JsonElement error)
    {
        var parts = new List<string>();
        if (Text(error, "code") is { } code) parts.Add(code);
        var details = error.TryGetProperty("details", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(d => Text(d, "innererror", "message") ?? Text(d, "message")).OfType<string>().ToList()
            : [];
        parts.Add(details.Count > 0 ? string.Join("; ", details) : Text(error, "message") ?? "no reason given");
        return string.Join(": ", parts);
    }

    private static (string? Code, string? Message, string? InnerCode, string? InnerMessage) ReadError(BinaryData? body)
    {
        if (body is null || body.ToMemory().Length == 0) return (null, null, null, null);
        try
        {
            using var document = JsonDocument.Parse(body.ToMemory(), new JsonDocumentOptions { MaxDepth = 32 });
            if (!document.RootElement.TryGetProperty("error", out var error) || error.ValueKind != JsonValueKind.Object) return (null, null, null, null);
            return (Text(error, "code"), Text(error, "message"), Text(error, "innererror", "code"), Text(error, "innererror", "message"));
        }
        catch (JsonException)
        {
            return (null, null, null, null);
        }
    }

    private static string? Text(JsonElement element, params string[] path)
    {
        foreach (var name in path)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element)) return null;
        }
        return element.ValueKind == JsonValueKind.String ? element.GetString() : null;
    }

    private static string? AuthenticateError(Response response)
    {
        if (!response.Headers.TryGetValue("WWW-Authenticate", out var header)) return null;
        const string marker = "error_description=\"";
        var start = header.IndexOf(marker, StringComparison.OrdinalIgnoreCase);
        if (start < 0) return null;
        start += marker.Length;
        var end = header.IndexOf('"', start);
        return end > start ? header[start..end] : null;
    }

    private static TimeSpan? RetryAfter(Response response) =>
        response.Headers.TryGetValue("Retry-After", out var value) && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)
            ? TimeSpan.FromSeconds(seconds)
            : null;

    private static string RetryAfterText(Response response) =>
        RetryAfter(response) is { } wait ? $" (it asks to wait {wait.TotalSeconds.ToString("0", CultureInfo.InvariantCulture)} s)" : "";
}
