namespace Dashboard.Domain.Configuration;

/// <summary>
/// An App Configuration label filter: the null label ("\0", the provider's LabelFilter.Null, sent
/// to the REST API as %00), an exact label, a prefix ("prod*"), '*' (any label, the null label
/// included), or up to five alternatives separated by ',' ("\0,prod"). Same escapes as keys.
/// A label on a key-value is a C# string, or null for the null label.
/// </summary>
public sealed class LabelFilter : IEquatable<LabelFilter>
{
    private readonly FilterTerm[] _terms;

    private const string What = "label filter";

    /// <summary>The provider's spelling of the null label filter.</summary>
    public const string NullLabelText = "\0";

    public static LabelFilter Null { get; } = Parse(NullLabelText);

    public static LabelFilter Any { get; } = Parse("*");

    /// <summary>The filter as written ("\0" for the null label).</summary>
    public string Text { get; }

    /// <summary>Alternatives for non-null labels, escapes resolved.</summary>
    public IReadOnlyList<FilterTerm> Terms => _terms;

    /// <summary>True when the filter selects key-values that have no label.</summary>
    public bool IncludesNullLabel { get; }

    public bool IsAny => Terms is [{ IsAny: true }];

    private LabelFilter(string text, FilterTerm[] terms, bool includesNullLabel)
    {
        Text = text;
        _terms = terms;
        IncludesNullLabel = includesNullLabel;
    }

    /// <summary>
    /// Parses a label filter. Null, empty or blank means the null label, as in the provider's Select.
    /// </summary>
    public static LabelFilter Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            text = NullLabelText;
        var alternatives = FilterSyntax.Parse(text, What);
        var terms = alternatives.Where(a => !a.IsNullMarker).Select(a => a.Term).ToArray();
        var includesNull = alternatives.Any(a => a.IsNullMarker) || terms.Any(t => t.IsAny);
        return new LabelFilter(text, terms, includesNull);
    }

    public bool Matches(string? label)
    {
        if (label is null)
            return IncludesNullLabel;
        // The array, not the interface: matching runs millions of times when mapping a fleet.
        foreach (var term in _terms)
        {
            if (term.Matches(label))
                return true;
        }
        return false;
    }

    public bool Equals(LabelFilter? other) => other is not null && string.Equals(Text, other.Text, StringComparison.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as LabelFilter);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Text);

    public override string ToString() => FilterSyntax.Display(Text);
}
