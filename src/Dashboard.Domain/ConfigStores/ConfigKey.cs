namespace Dashboard.Domain.ConfigStores;

/// <summary>
/// The rules for key names, checked before a request is sent. App Configuration's own (any Unicode but '%', not '.' or '..',
/// 10 KB for the whole key-value), the dashboard's length limit (the local store's index), and no control or bidirectional
/// override characters, which would make a key look like another in pages, logs and the audit trail.
/// </summary>
public static class ConfigKey
{
    /// <summary>The longest key the dashboard accepts (its local store indexes keys of up to this length).</summary>
    public const int MaxLength = 512;

    public static string Validate(string? key) =>
        Problem(key) is { } problem ? throw new DomainException(problem) : key!;

    /// <summary>What is wrong with the key and how to fix it, or null when it is acceptable.</summary>
    public static string? Problem(string? key)
    {
        if (string.IsNullOrEmpty(key))
            return "A configuration key is needed: give the key's full name, e.g. 'Billing:TaxRate'.";
        if (key is "." or "..")
            return $"'{key}' cannot be a configuration key: '.' and '..' are reserved.";
        if (key.Length > MaxLength)
            return $"The key is {key.Length:N0} characters long; at most {MaxLength} are allowed. Shorten it, e.g. by a shorter prefix.";
        if (UnsafeCharacters.Describe(key) is { } unsafeCharacter)
            return $"The key contains {unsafeCharacter}; keys are plain text such as 'Billing:TaxRate'. Retype it without that character.";
        if (key.Contains('%'))
            return $"Configuration key '{key}' contains '%', which App Configuration does not allow in key names.";
        return null;
    }
}
