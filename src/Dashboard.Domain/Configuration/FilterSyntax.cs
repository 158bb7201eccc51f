namespace Dashboard.Domain.Configuration;

/// <summary>
/// The filter grammar shared by keys and labels in Azure App Configuration: up to five exact
/// alternatives separated by ',', or a single alternative ending with '*' (prefix match);
/// '\' escapes the next character ('*', ',' and '\' must be escaped to be literal).
/// </summary>
internal static class FilterSyntax
{
    public const int MaxAlternatives = 5;
    public const char NullLabelMarker = '\0';

    /// <summary>One parsed alternative; <see cref="IsNullMarker"/> is the unescaped "\0" alternative.</summary>
    internal readonly record struct Alternative(FilterTerm Term, bool IsNullMarker);

    public static List<Alternative> Parse(string text, string what)
    {
        if (text.Length == 0)
            throw Invalid(what, text, "it is empty. Use '*' to match everything");

        var alternatives = new List<Alternative>();
        var current = new System.Text.StringBuilder();
        var isPrefix = false;
        var hadEscape = false;

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (isPrefix && c != ',')
                throw Invalid(what, text, "'*' may only end an alternative (prefix match); escape a literal '*' as '\\*'");

            switch (c)
            {
                case '\\':
                    if (i == text.Length - 1)
                        throw Invalid(what, text, "it ends with a dangling '\\'; escape a literal backslash as '\\\\'");
                    current.Append(text[++i]);
                    hadEscape = true;
                    break;
                case ',':
                    alternatives.Add(Close(what, text, current, isPrefix, hadEscape));
                    current.Clear();
                    isPrefix = false;
                    hadEscape = false;
                    break;
                case '*':
                    isPrefix = true;
                    break;
                default:
                    current.Append(c);
                    break;
            }
        }
        alternatives.Add(Close(what, text, current, isPrefix, hadEscape));

        if (alternatives.Count > MaxAlternatives)
            throw Invalid(what, text, $"it has {alternatives.Count} comma-separated alternatives; App Configuration accepts at most {MaxAlternatives}");
        if (alternatives.Count > 1 && alternatives.Any(a => a.Term.IsPrefix))
            throw Invalid(what, text, "a '*' prefix cannot be combined with ',' alternatives; use one filter per prefix (one Select call each)");
        return alternatives;
    }

    /// <summary>Shows the filter as typed, with the null character made visible.</summary>
    public static string Display(string text) => text.Replace("\0", "\\0", StringComparison.Ordinal);

    private static Alternative Close(string what, string text, System.Text.StringBuilder current, bool isPrefix, bool hadEscape)
    {
        if (current.Length == 0 && !isPrefix)
            throw Invalid(what, text, "it has an empty alternative (two ',' in a row, or a leading or trailing ',')");
        var value = current.ToString();
        var isNullMarker = !hadEscape && !isPrefix && value.Length == 1 && value[0] == NullLabelMarker;
        return new Alternative(new FilterTerm(value, isPrefix), isNullMarker);
    }

    private static DomainException Invalid(string what, string text, string problem) =>
        new($"The {what} '{Display(text)}' is invalid: {problem}.");
}
