namespace Dashboard.Domain.ConfigStores;

/// <summary>The rules App Configuration puts on key names, checked before a request is sent.</summary>
public static class ConfigKey
{
    public static string Validate(string? key)
    {
        if (string.IsNullOrEmpty(key))
            throw new DomainException("A configuration key is needed: give the key's full name, e.g. 'Billing:TaxRate'.");
        if (key is "." or "..")
            throw new DomainException($"'{key}' cannot be a configuration key: '.' and '..' are reserved.");
        if (key.Contains('%'))
            throw new DomainException($"Configuration key '{key}' contains '%', which App Configuration does not allow in key names.");
        return key;
    }
}
