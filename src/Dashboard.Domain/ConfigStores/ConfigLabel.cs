namespace Dashboard.Domain.ConfigStores;

/// <summary>Label rules, and how a label reads in messages: the null label is a label of its own, not "any label".</summary>
public static class ConfigLabel
{
    public const int MaxLength = 256;

    public static string Describe(string? label) => label is null ? "(no label)" : $"(label '{label}')";

    public static string DescribeSetting(string key, string? label) => $"key '{key}' {Describe(label)}";

    /// <summary>What is wrong with the label and how to fix it, or null when it is acceptable (null is the null label).</summary>
    public static string? Problem(string? label)
    {
        if (label is null) return null;
        if (label.Length == 0)
            return "The label is empty; leave it out to use the null label, or name it, e.g. 'production'.";
        if (label.Length > MaxLength)
            return $"The label is {label.Length:N0} characters long; at most {MaxLength} are allowed.";
        if (UnsafeCharacters.Describe(label) is { } unsafeCharacter)
            return $"The label contains {unsafeCharacter}; labels are plain text such as 'production'.";
        if (label.IndexOfAny(['*', ',', '\\']) >= 0)
            return $"Label '{label}' contains '*', ',' or '\\', which App Configuration reserves for filters; choose a label without them.";
        return null;
    }
}
