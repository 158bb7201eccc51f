namespace Dashboard.Domain.Configuration;

/// <summary>
/// A path in a service's IConfiguration ("Billing:Tax:Rate"): ':'-separated and compared ignoring
/// case, as IConfiguration does. The empty path is the configuration root.
/// </summary>
public readonly struct ConfigPath : IEquatable<ConfigPath>
{
    public const char Separator = ':';

    private readonly string? _value;

    public ConfigPath(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    public static ConfigPath Root => default;

    public string Value => _value ?? "";

    public bool IsRoot => Value.Length == 0;

    public IReadOnlyList<string> Segments => IsRoot ? [] : Value.Split(Separator);

    public static ConfigPath Combine(params IEnumerable<string> segments) => new(string.Join(Separator, segments));

    /// <summary>
    /// True when reading this path sees <paramref name="keyPath"/>: the same path (an indexer or
    /// GetValue read) or a section that contains it (GetSection, Bind, options).
    /// </summary>
    public bool Covers(ConfigPath keyPath)
    {
        if (IsRoot)
            return true;
        var key = keyPath.Value;
        var read = Value;
        if (key.Length == read.Length)
            return string.Equals(key, read, StringComparison.OrdinalIgnoreCase);
        return key.Length > read.Length
            && key[read.Length] == Separator
            && key.StartsWith(read, StringComparison.OrdinalIgnoreCase);
    }

    public bool Equals(ConfigPath other) => string.Equals(Value, other.Value, StringComparison.OrdinalIgnoreCase);

    public override bool Equals(object? obj) => obj is ConfigPath other && Equals(other);

    public override int GetHashCode() => StringComparer.OrdinalIgnoreCase.GetHashCode(Value);

    public static bool operator ==(ConfigPath left, ConfigPath right) => left.Equals(right);

    public static bool operator !=(ConfigPath left, ConfigPath right) => !left.Equals(right);

    public override string ToString() => Value;
}
