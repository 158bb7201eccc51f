using System.Security.Cryptography;
using System.Text.Json;

namespace Dashboard.Domain.Audit;

/// <summary>The canonical serialization of an audit entry and its SHA-256.</summary>
internal static class AuditHash
{
    /// <summary>The previous hash of the first entry: no entry came before it.</summary>
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public static string Compute(
        long sequence, DateTimeOffset at, string actor, string action, string subject, string? beforeJson, string? afterJson, string previousHash)
    {
        // A JSON array in a fixed order: each field is escaped and delimited, so no two different entries serialize alike.
        // The time goes in as UTC ticks, so the same instant stored with another offset still verifies.
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartArray();
            writer.WriteStringValue("audit-v1");
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
        return Convert.ToHexStringLower(SHA256.HashData(stream.ToArray()));
    }

    public static string Compute(AuditEntry entry) => Compute(
        entry.Sequence, entry.At, entry.Actor, entry.Action, entry.Subject, entry.BeforeJson, entry.AfterJson, entry.PreviousHash);
}
