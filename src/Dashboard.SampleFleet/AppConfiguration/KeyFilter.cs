namespace Microsoft.Extensions.Configuration.AzureAppConfiguration;

/// <summary>Key filter values, as the provider names them.</summary>
public static class KeyFilter
{
    /// <summary>Every key.</summary>
    public const string Any = "*";
}
