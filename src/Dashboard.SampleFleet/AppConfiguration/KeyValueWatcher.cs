namespace Microsoft.Extensions.Configuration.AzureAppConfiguration;

/// <summary>One <c>Register(key, label, refreshAll)</c>: a key-value checked for change on every refresh.</summary>
internal sealed record KeyValueWatcher(string Key, string Label, bool RefreshAll)
{
    public KeyValueIdentifier Identifier => new(Key, Label);
}
