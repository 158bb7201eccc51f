using System.Security.Cryptography;
using System.Text.Json;

namespace Dashboard.Domain.Audit;

/// <summary>
/// The canonical form of an audit entry and its HMAC-SHA256 under the audit key, which lives outside the database: whoever can
/// rewrite the table cannot recompute the chain. The canonical form is the UTF-8 of the compact JSON array
/// <c>["audit-v2", sequence, at (UTC ticks), actor, action, subject, before JSON or null, after JSON or null, previous hash]</c>,
/// written by <see cref="Utf8JsonWriter"/> with its default escaping; the hash is its lowercase hex.
/// Logs written before the audit key existed hold <c>"audit-v1"</c> entries: the same form, hashed with plain SHA-256. They
/// are still read, so such a log verifies and is continued after an upgrade, but never written.
/// </summary>
internal static class AuditHash
{
    /// <summary>The previous hash of the first entry: no entry came before it.</summary>
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public const string Version = "audit-v2";

    public const string UnkeyedVersion = "audit-v1";

    public static string Compute(
        byte[] key, long sequence, DateTimeOffset at, string actor, string action, string subject, string? beforeJson, string? afterJson, string previousHash) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(key, Canonical(Version, sequence, at, actor, action, subject, beforeJson, afterJson, previousHash)));

    public static string Compute(byte[] key, AuditEntry entry) => Compute(
        key, entry.Sequence, entry.At, entry.Actor, entry.Action, entry.Subject, entry.BeforeJson, entry.AfterJson, entry.PreviousHash);

    /// <summary>The hash an entry written before the audit key carries.</summary>
    public static string ComputeUnkeyed(AuditEntry entry) => Convert.ToHexStringLower(SHA256.HashData(Canonical(
        UnkeyedVersion, entry.Sequence, entry.At, entry.Actor, entry.Action, entry.Subject, entry.BeforeJson, entry.AfterJson, entry.PreviousHash)));

    private static byte[] Canonical(
        string version, long sequence, DateTimeOffset at, string actor, string action, string subject, string? beforeJson, string? afterJson, string previousHash)
    {
        // A JSON array in a fixed order: each field is escaped and delimited, so no two different entries serialize alike.
        // The time goes in as UTC ticks, so the same instant stored with another offset still verifies.
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartArray();
            writer.WriteStringValue(version);
            writer.WriteNumberValue(sequence);
            writer.WriteNumberValue(at.UtcTicks);
            writer.WriteStringValue(actor);
            writer.WriteStringValue(action);
            writer.WriteStringValue(subject);
            writer.WriteStringValue(beforeJson);
            writer.WriteStringValue(afterJson);
            writer.WriteStringValue(previousHash);
            writer.WriteEndArray();
        }
        return stream.ToArray();
    }
}
