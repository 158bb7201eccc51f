using Dashboard.Domain.Scanning;

namespace Dashboard.Domain.BlastRadius;

/// <summary>Rule ids of the risks a blast-radius analysis reports; the code rules share the scanner's ids.</summary>
public static class BlastRadiusRules
{
    public const string SharedKey = "shared-key";
    public const string ReloadDisposeBeforeCreate = ScanRules.ReloadDisposeBeforeCreate;
    public const string RetryWithoutBackoff = ScanRules.RetryWithoutBackoff;
    public const string HealthCheckIncludesDependencies = ScanRules.HealthCheckIncludesDependencies;
    public const string NotValidatedInStaging = "not-validated-in-staging";
    public const string EnvironmentDrift = "environment-drift";
    public const string ValueTypeChange = "value-type-change";
    /// <summary>A deleted key is still read where the code gives no fallback: it gets null or the type's default.</summary>
    public const string DeletedKeyStillRead = "deleted-key-still-read";
    /// <summary>A Key Vault reference is loaded by a service that does not call ConfigureKeyVault: loading it fails.</summary>
    public const string KeyVaultNotConfigured = "key-vault-not-configured";
}
