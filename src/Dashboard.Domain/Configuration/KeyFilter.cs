namespace Dashboard.Domain.Configuration;

/// <summary>
/// An App Configuration key filter: '*' (any key), an exact key, a prefix ("billing:*"), or up to
/// five exact keys separated by ','. '\' escapes '*', ',' and '\' ("a\*b" is the key "a*b").
/// Equality is by the filter text, as the provider compares selectors.
/// </summary>
public sealed class KeyFilter : IEquatable<KeyFilter>
{
    private readonly FilterTerm[] _terms;

    private const string What = "key filter";

    public static KeyFilter Any { get; } = Parse("*");

    /// <summary>The filter as written, escapes included.</summary>
    public string Text { get; }

    /// <summary>The alternatives, escapes resolved.</summary>
    public IReadOnlyList<FilterTerm> Terms => _terms;

    public bool IsAny => Terms is [{ IsAny: true }];

    private KeyFilter(string text, FilterTerm[] terms)
    {
        Text = text;
        _terms = terms;
    }

    public static KeyFilter Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var alternatives = FilterSyntax.Parse(text, What);
        return new KeyFilter(text, alternatives.Select(a => a.Term).ToArray());
    }

    public bool Matches(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        // The array, not the interface: matching runs millions of times when mapping a fleet.
        foreach (var term in _terms)
        {
            if (term.Matches(key))
                return true;
        }
        return false;
    }

    public bool Equals(KeyFilter? other) => other is not null && string.Equals(Text, other.Text, StringComparison.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as KeyFilter);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Text);

    public override string ToString() => Text;
}
