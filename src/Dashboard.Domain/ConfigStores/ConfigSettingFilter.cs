namespace Dashboard.Domain.ConfigStores;

/// <summary>
/// Which settings to list. Filters use the store's syntax: an exact name, a prefix ending in '*',
/// or several comma-separated names; <see cref="LabelFilter"/> null means every label.
/// </summary>
public sealed record ConfigSettingFilter(string KeyFilter = ConfigSettingFilter.AnyKey, string? LabelFilter = null)
{
    public const string AnyKey = "*";

    /// <summary>The label filter that matches only settings with the null label.</summary>
    public const string NullLabel = "\0";

    public static ConfigSettingFilter All { get; } = new();

    /// <summary>
    /// Exactly one key and label; the null label is matched as <see cref="NullLabel"/>. The filter characters
    /// '*', ',' and '\' in the names are escaped, so <c>a,b</c> is the one key "a,b", not two keys.
    /// </summary>
    public static ConfigSettingFilter ForSetting(string key, string? label) =>
        new(Escape(ConfigKey.Validate(key)), label is null ? NullLabel : Escape(label));

    /// <summary>A name as a filter matching exactly that name: '\' goes first so the escapes added after are not doubled.</summary>
    public static string Escape(string name) =>
        name.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("*", "\\*", StringComparison.Ordinal)
            .Replace(",", "\\,", StringComparison.Ordinal);
}
