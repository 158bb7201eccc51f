namespace Microsoft.Extensions.Configuration.AzureAppConfiguration;

/// <summary>How Key Vault references are resolved. This implementation has no Key Vault client: a secret resolver is the only way.</summary>
public class AzureAppConfigurationKeyVaultOptions
{
    internal Func<Uri, ValueTask<string>>? SecretResolver { get; private set; }

    /// <summary>Resolves a reference from the secret's URI, e.g. <c>https://vault.vault.azure.net/secrets/name</c>.</summary>
    public AzureAppConfigurationKeyVaultOptions SetSecretResolver(Func<Uri, ValueTask<string>> secretResolver)
    {
        SecretResolver = secretResolver ?? throw new ArgumentNullException(nameof(secretResolver));
        return this;
    }
}
