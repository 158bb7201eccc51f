using System.Text;
using Dashboard.Domain.ConfigStores;

namespace Dashboard.Infrastructure.ConfigStores;

/// <summary>
/// One side (keys or labels) of a list filter in App Configuration's syntax: <c>*</c> for everything, an exact name,
/// a prefix ending in an unescaped <c>*</c>, or up to five of those separated by unescaped commas. <c>\</c> escapes
/// <c>*</c>, <c>,</c> and <c>\</c>. Terms hold names as stored, so the null label is the term <see cref="StoredLabel.Null"/>.
/// </summary>
internal sealed class FilterPattern
{
    public const int MaxTerms = 5;

    private FilterPattern(IReadOnlyList<FilterTerm> terms) => Terms = terms;

    public static FilterPattern Any { get; } = new([]);

    /// <summary>Empty when every name matches.</summary>
    public IReadOnlyList<FilterTerm> Terms { get; }

    public bool MatchesEverything => Terms.Count == 0;

    public static FilterPattern ForKeys(string? filter)
    {
        if (string.IsNullOrEmpty(filter))
            throw Invalid($"The key filter is empty: use '{ConfigSettingFilter.AnyKey}' for every key, a key name, or a prefix such as 'Billing:*'.");
        return Parse(filter, "key");
    }

    /// <summary>Null means every label; "\0" or an empty term is the null label.</summary>
    public static FilterPattern ForLabels(string? filter) => filter is null ? Any : Parse(filter, "label");

    /// <summary>The exact check, ordinal and case-sensitive, whatever the database's collation did with the SQL filter.</summary>
    public bool Matches(string stored) => MatchesEverything || Terms.Any(t => t.IsPrefix ? stored.StartsWith(t.Text, StringComparison.Ordinal) : stored == t.Text);

    private static FilterPattern Parse(string filter, string side)
    {
        if (filter == ConfigSettingFilter.AnyKey)
            return Any;
        var terms = SplitTerms(filter, side).Select(term => ParseTerm(term, filter, side)).ToList();
        if (terms.Count > MaxTerms)
            throw Invalid($"The {side} filter '{filter}' lists {terms.Count} names; at most {MaxTerms} are allowed. List the settings in several requests.");
        return terms.Any(t => t is { IsPrefix: true, Text.Length: 0 }) ? Any : new FilterPattern(terms);
    }

    private static List<string> SplitTerms(string filter, string side)
    {
        var terms = new List<string>();
        var start = 0;
        for (var i = 0; i < filter.Length; i++)
        {
            if (filter[i] == '\\')
            {
                if (i == filter.Length - 1)
                    throw Invalid($"The {side} filter '{filter}' ends with a lone '\\': escape a backslash as '\\\\'.");
                i++;
            }
            else if (filter[i] == ',')
            {
                terms.Add(filter[start..i]);
                start = i + 1;
            }
        }
        terms.Add(filter[start..]);
        return terms;
    }

    private static FilterTerm ParseTerm(string term, string filter, string side)
    {
        if (side == "label" && term is ConfigSettingFilter.NullLabel or "")
            return new FilterTerm(StoredLabel.Null, IsPrefix: false);
        if (term.Length == 0)
            throw Invalid($"The key filter '{filter}' has an empty name between commas; remove the extra comma.");
        var text = new StringBuilder(term.Length);
        var isPrefix = false;
        for (var i = 0; i < term.Length; i++)
        {
            var c = term[i];
            if (c == '\\')
                text.Append(term[++i]);
            else if (c == '*' && i == term.Length - 1)
                isPrefix = true;
            else if (c == '*')
                throw Invalid($"The {side} filter '{filter}' has '*' before the end of a name; only prefixes such as 'Billing:*' are supported. Escape a literal '*' as '\\*'.");
            else
                text.Append(c);
        }
        return new FilterTerm(text.ToString(), isPrefix);
    }

    private static ConfigStoreException Invalid(string detail) => ConfigStoreErrors.InvalidRequest(400, detail);
}
