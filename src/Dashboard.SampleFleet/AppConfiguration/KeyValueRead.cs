namespace Microsoft.Extensions.Configuration.AzureAppConfiguration;

/// <summary>The answer to a conditional read of one key-value: changed (with the new one), unchanged, or absent.</summary>
internal sealed record KeyValueRead(KeyValue? KeyValue, bool NotModified)
{
    public static KeyValueRead Unchanged { get; } = new(null, true);
    public static KeyValueRead Missing { get; } = new(null, false);
}
