namespace Microsoft.Extensions.Configuration.AzureAppConfiguration;

/// <summary>A key and one exact label (<see cref="LabelFilter.Null"/> for no label).</summary>
internal readonly record struct KeyValueIdentifier(string Key, string Label)
{
    public override string ToString() => Label == LabelFilter.Null ? $"'{Key}' (no label)" : $"'{Key}' ({Label})";
}
