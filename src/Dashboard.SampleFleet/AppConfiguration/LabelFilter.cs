namespace Microsoft.Extensions.Configuration.AzureAppConfiguration;

/// <summary>Label filter values, as the provider names them.</summary>
public static class LabelFilter
{
    /// <summary>Key-values that have no label.</summary>
    public const string Null = "\0";
}
