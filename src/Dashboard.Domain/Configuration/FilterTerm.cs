namespace Dashboard.Domain.Configuration;

/// <summary>
/// One alternative of a key or label filter, with escapes already resolved:
/// an exact text, or a prefix when the alternative ended with an unescaped '*'.
/// </summary>
public readonly record struct FilterTerm(string Text, bool IsPrefix)
{
    /// <summary>True for the bare '*', which matches every value.</summary>
    public bool IsAny => IsPrefix && Text.Length == 0;

    /// <summary>Ordinal, case-sensitive: App Configuration keys and labels are case-sensitive.</summary>
    public bool Matches(string value) =>
        IsPrefix ? value.StartsWith(Text, StringComparison.Ordinal) : string.Equals(value, Text, StringComparison.Ordinal);

    public override string ToString() => IsPrefix ? Text + "*" : Text;
}
