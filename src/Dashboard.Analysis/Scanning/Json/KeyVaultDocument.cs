namespace Dashboard.Analysis.Scanning.Json;

/// <summary><c>ConfigureKeyVault</c>: Key Vault references are resolved; secrets refresh every <see cref="SecretRefreshSeconds"/> (null: never).</summary>
public sealed record KeyVaultDocument(double? SecretRefreshSeconds, string File, int Line);
