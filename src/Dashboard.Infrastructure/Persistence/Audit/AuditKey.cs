using System.Security.Cryptography;

namespace Dashboard.Infrastructure.Persistence.Audit;

/// <summary>
/// The secret the audit log is keyed with. It lives outside the database (configuration, Key Vault, or a key file beside
/// it in the embedded default), so whoever can write the database cannot forge or test audit values.
/// </summary>
public sealed class AuditKey(byte[] key)
{
    public const int MinimumBytes = 32;

    public byte[] Bytes { get; } = key.Length >= MinimumBytes
        ? key
        : throw new ArgumentException($"An audit key needs at least {MinimumBytes} bytes; it has {key.Length}.", nameof(key));

    /// <summary>The configured key (base64), or the key file in <paramref name="dataFolder"/>, created once with random bytes.</summary>
    public static AuditKey From(string? configuredBase64, string dataFolder)
    {
        if (!string.IsNullOrWhiteSpace(configuredBase64)) return new AuditKey(Convert.FromBase64String(configuredBase64.Trim()));
        var path = Path.Combine(Path.GetFullPath(dataFolder), "audit.key");
        if (File.Exists(path)) return new AuditKey(Convert.FromBase64String(File.ReadAllText(path).Trim()));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var created = RandomNumberGenerator.GetBytes(MinimumBytes);
        File.WriteAllText(path, Convert.ToBase64String(created));
        return new AuditKey(created);
    }

    /// <summary>A keyed hash of a secret value: equal values give equal hashes, and the value cannot be read back or guessed offline.</summary>
    public string HashOf(string value) => "hmac-sha256:" + Convert.ToHexStringLower(HMACSHA256.HashData(Bytes, System.Text.Encoding.UTF8.GetBytes(value)));
}
