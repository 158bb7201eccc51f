using System.Security.Cryptography;
using System.Text.Json;

namespace Dashboard.Domain.Reconciliation;

/// <summary>SHA-256 over a canonical form of the plan: the run and every call in order with its amount and idempotency key.</summary>
internal static class PlanHash
{
    public static string Compute(Guid runId, IReadOnlyList<PlannedCall> calls)
    {
        // A JSON array with a fixed order: every field is escaped and delimited, so no two plans serialize alike.
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartArray();
            writer.WriteStringValue("reconciliation-plan-v1");
            writer.WriteStringValue(runId);
            foreach (var call in calls)
            {
                writer.WriteStartArray();
                writer.WriteNumberValue(call.Sequence);
                writer.WriteStringValue(call.TransactionId);
                writer.WriteStringValue(call.GatewayReference);
                writer.WriteStringValue(call.Action.ToWire());
                writer.WriteNumberValue(call.Amount);
                writer.WriteStringValue(call.Currency);
                writer.WriteStringValue(call.IdempotencyKey);
                writer.WriteEndArray();
            }
            writer.WriteEndArray();
        }
        return Convert.ToHexStringLower(SHA256.HashData(stream.ToArray()));
    }
}
