using System.Text.RegularExpressions;

namespace Dashboard.PaymentSandbox;

/// <summary>
/// The part of Stripe's search query language the sandbox understands: <c>metadata['key']:'value'</c>, optionally
/// <c>AND status:'succeeded'</c>. Anything else is refused rather than half-understood.
/// </summary>
public sealed partial record MetadataQuery(string Key, string Value, string? Status)
{
    public const int MaxLength = 1000;

    public static MetadataQuery? TryParse(string? query)
    {
        if (string.IsNullOrWhiteSpace(query) || query.Length > MaxLength) return null;
        var match = Grammar().Match(query.Trim());
        if (!match.Success) return null;
        return new MetadataQuery(match.Groups["key"].Value, match.Groups["value"].Value.Replace("\\'", "'", StringComparison.Ordinal),
            match.Groups["status"].Success ? match.Groups["status"].Value : null);
    }

    [GeneratedRegex(@"^metadata\[['""](?<key>[A-Za-z0-9_\-]{1,40})['""]\]:'(?<value>(?:[^'\\]|\\')*)'(?:\s+AND\s+status:'(?<status>[a-z_]+)')?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Grammar();
}
