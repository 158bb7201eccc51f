namespace Microsoft.Extensions.Configuration.AzureAppConfiguration;

/// <summary>One <c>Select(keyFilter, labelFilter)</c>: the key-values it loads, in the order selectors were added.</summary>
internal sealed record KeyValueSelector(string KeyFilter, string LabelFilter)
{
    public static KeyValueSelector Create(string keyFilter, string? labelFilter)
    {
        if (string.IsNullOrEmpty(keyFilter))
            throw new ArgumentNullException(nameof(keyFilter), "Select needs a key filter: a key, a prefix ending in '*', or '*' for every key.");
        // Like the provider: a label filter is one exact label (or LabelFilter.Null); wildcards and lists are refused.
        if (labelFilter is not null && (labelFilter.Contains('*', StringComparison.Ordinal) || labelFilter.Contains(',', StringComparison.Ordinal)))
            throw new ArgumentException($"The label filter '{labelFilter}' uses '*' or ','; Select takes one exact label.", nameof(labelFilter));
        return new KeyValueSelector(keyFilter, string.IsNullOrEmpty(labelFilter) ? AzureAppConfiguration.LabelFilter.Null : labelFilter);
    }
}
