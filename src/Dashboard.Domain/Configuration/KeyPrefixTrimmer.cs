namespace Dashboard.Domain.Configuration;

/// <summary>
/// The provider's TrimKeyPrefix: every registered prefix is tried longest first (the provider keeps
/// them in descending order, so "billing:tax:" is tried before "billing:"), compared ignoring case,
/// and only the first that matches is removed.
/// </summary>
public sealed class KeyPrefixTrimmer
{
    private readonly string[] _prefixes;

    public static KeyPrefixTrimmer None { get; } = new([]);

    private KeyPrefixTrimmer(string[] prefixes) => _prefixes = prefixes;

    /// <summary>The prefixes in the order they are tried.</summary>
    public IReadOnlyList<string> Prefixes => _prefixes;

    public static KeyPrefixTrimmer Of(params IEnumerable<string> prefixes)
    {
        var trimmer = None;
        foreach (var prefix in prefixes)
            trimmer = trimmer.TrimKeyPrefix(prefix);
        return trimmer;
    }

    /// <summary><c>options.TrimKeyPrefix(prefix)</c>; a prefix already registered (in any case) is kept once.</summary>
    public KeyPrefixTrimmer TrimKeyPrefix(string? prefix)
    {
        if (string.IsNullOrEmpty(prefix))
            throw new DomainException("TrimKeyPrefix needs a non-empty prefix, e.g. 'billing:'.");
        if (_prefixes.Contains(prefix, StringComparer.OrdinalIgnoreCase))
            return this;
        // Descending order puts a longer prefix before any shorter prefix of it.
        string[] sorted = [.. _prefixes, prefix];
        Array.Sort(sorted, (a, b) => -string.Compare(a, b, StringComparison.OrdinalIgnoreCase));
        return new KeyPrefixTrimmer(sorted);
    }

    /// <summary>The key with the first matching prefix removed, or unchanged when none matches.</summary>
    public string Trim(string key)
    {
        foreach (var prefix in _prefixes)
        {
            if (key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                return key[prefix.Length..];
        }
        return key;
    }
}
