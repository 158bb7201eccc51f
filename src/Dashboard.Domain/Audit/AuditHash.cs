using System.Security.Cryptography;
using System.Text.Json;

namespace Dashboard.Domain.Audit;

/// <summary>
/// The canonical form of an audit entry and its HMAC-SHA256 under the audit key, which lives outside the database: whoever can
/// rewrite the table cannot recompute the chain. The canonical form is the UTF-8 of the compact JSON array
/// <c>["audit-v2", sequence, at (UTC ticks), actor, action, subject, before JSON or null, after JSON or null, previous hash]</c>,
/// written by <see cref="Utf8JsonWriter"/> with its default escaping; the hash is its lowercase hex.
/// </summary>
internal static class AuditHash
{
    /// <summary>The previous hash of the first entry: no entry came before it.</summary>
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public const string Version = "audit-v2";

    public static string Compute(
        byte[] key, long sequence, DateTimeOffset at, string actor, string action, string subject, string? beforeJson, string? afterJson, string previousHash)
    {
        // A JSON array in a fixed order: each field is escaped and delimited, so no two different entries serialize alike.
        // The time goes in as UTC ticks, so the same instant stored with another offset still verifies.
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartArray();
            writer.WriteStringValue(Version);
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
        return Convert.ToHexStringLower(HMACSHA256.HashData(key, stream.ToArray()));
    }

    public static string Compute(byte[] key, AuditEntry entry) => Compute(
        key, entry.Sequence, entry.At, entry.Actor, entry.Action, entry.Subject, entry.BeforeJson, entry.AfterJson, entry.PreviousHash);
}
