namespace Microsoft.Extensions.Configuration.AzureAppConfiguration;

/// <summary>A Key Vault reference could not be resolved; names the key-value and the reason, as the provider does.</summary>
public sealed class KeyVaultReferenceException : Exception
{
    public KeyVaultReferenceException()
    {
    }

    public KeyVaultReferenceException(string message)
        : base(message)
    {
    }

    public KeyVaultReferenceException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public string? Key { get; init; }
    public string? Label { get; init; }
}
