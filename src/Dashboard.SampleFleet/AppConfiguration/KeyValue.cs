namespace Microsoft.Extensions.Configuration.AzureAppConfiguration;

/// <summary>A key-value as the store returns it. <see cref="Label"/> null is the null label.</summary>
internal sealed record KeyValue(string Key, string? Label, string? Value, string? ContentType, string? ETag)
{
    public KeyValueIdentifier Identifier => new(Key, Label ?? LabelFilter.Null);

    public bool HasMediaType(string mediaType) =>
        ContentType is not null && string.Equals(ContentType.Split(';', 2)[0].Trim(), mediaType, StringComparison.OrdinalIgnoreCase);
}
