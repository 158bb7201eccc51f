namespace Dashboard.Domain.Scanning;

/// <summary>
/// <c>ConfigureKeyVault</c> on the App Configuration provider: Key Vault references it loads are resolved to their
/// secrets. <see cref="SecretRefreshSeconds"/> is the <c>SetSecretRefreshInterval</c>, null when secrets are read
/// once and never refreshed.
/// </summary>
public sealed record KeyVaultUse(double? SecretRefreshSeconds, string File, int Line);
