using System.Text.Json;
using Dashboard.Domain.ConfigStores;

namespace Dashboard.Infrastructure.AppConfiguration;

/// <summary>One page of a kvset response and the relative link to the next page, if any.</summary>
internal sealed record SettingPage(IReadOnlyList<ConfigSetting> Items, string? NextLink)
{
    public static SettingPage Read(BinaryData body, string? linkHeader)
    {
        using var document = JsonDocument.Parse(body);
        var root = document.RootElement;
        var items = root.TryGetProperty("items", out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray().Select(ConfigSettingJson.Read).ToList()
            : [];
        var bodyLink = root.TryGetProperty("@nextLink", out var link) && link.ValueKind == JsonValueKind.String ? link.GetString() : null;
        return new SettingPage(items, NextLinkFromHeader(linkHeader) ?? bodyLink);
    }

    /// <summary>
    /// Reads <c>&lt;/kv?...&amp;after=...&gt;; rel="next"</c> from an RFC 8288 Link header. Links are split at the commas
    /// between them, never inside the <c>&lt;&gt;</c>: a link's query may hold commas, e.g. <c>$select=key,label</c>.
    /// </summary>
    internal static string? NextLinkFromHeader(string? header)
    {
        if (string.IsNullOrWhiteSpace(header))
            return null;
        var position = 0;
        while (position < header.Length)
        {
            var open = header.IndexOf('<', position);
            var close = open < 0 ? -1 : header.IndexOf('>', open);
            if (close < 0)
                return null;
            var nextLink = header.IndexOf('<', close);
            var parameters = header[(close + 1)..(nextLink < 0 ? header.Length : nextLink)].Replace(" ", "", StringComparison.Ordinal);
            if (parameters.Contains("rel=\"next\"", StringComparison.OrdinalIgnoreCase) || parameters.Contains("rel=next", StringComparison.OrdinalIgnoreCase))
                return header[(open + 1)..close].Trim();
            position = close + 1;
        }
        return null;
    }

    /// <summary>
    /// The absolute URI of the next page. The link is relative to the store and carries the api-version the service
    /// paged with; it is replaced by ours so every page is read with the same contract.
    /// </summary>
    internal static Uri ResolveNextLink(Uri endpoint, string link, string apiVersion)
    {
        var absolute = new Uri(endpoint, link);
        var query = absolute.Query.TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(pair => !pair.StartsWith("api-version=", StringComparison.OrdinalIgnoreCase))
            .Append("api-version=" + Uri.EscapeDataString(apiVersion));
        return new UriBuilder(absolute) { Query = string.Join('&', query) }.Uri;
    }
}
