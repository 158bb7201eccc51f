namespace Dashboard.Domain.Catalog;

/// <summary>
/// Declared key filters as one line of text, as the <c>dashboard/config-keys</c> annotation and the edit form write them:
/// <c>Orders:*, tax.rate.default</c>. A ',' escaped as <c>\,</c> belongs to the key.
/// </summary>
public static class ConfigKeyFilterList
{
    public static IReadOnlyList<string> Split(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        var filters = new List<string>();
        var current = new System.Text.StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length)
            {
                // Keep the escape: the filter syntax resolves it when the filter is parsed.
                current.Append(c).Append(text[++i]);
            }
            else if (c is ',' or '\n' or '\r')
            {
                Flush();
            }
            else
            {
                current.Append(c);
            }
        }
        Flush();
        return filters;

        void Flush()
        {
            var filter = current.ToString().Trim();
            if (filter.Length > 0) filters.Add(filter);
            current.Clear();
        }
    }

    public static string Join(IEnumerable<string> filters) => string.Join(", ", filters);
}
