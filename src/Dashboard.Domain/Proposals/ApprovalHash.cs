using System.Security.Cryptography;
using System.Text.Json;

namespace Dashboard.Domain.Proposals;

/// <summary>SHA-256 over a canonical form of what an approver sees: the target, both bases, the proposed value and the blast radius.</summary>
internal static class ApprovalHash
{
    public static string Compute(
        ProposalTarget target, ObservedSetting stagingBase, ObservedSetting productionBase, ProposedValue proposed, BlastRadiusSnapshot blastRadius)
    {
        // A JSON array with a fixed order: every field is escaped and delimited, so no two diffs serialize alike.
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartArray();
            writer.WriteStringValue("proposal-approval-v1");
            writer.WriteStringValue(target.Store);
            writer.WriteStringValue(target.Key);
            writer.WriteStringValue(target.StagingLabel);
            writer.WriteStringValue(target.ProductionLabel);
            Write(writer, stagingBase);
            Write(writer, productionBase);
            writer.WriteBooleanValue(proposed.IsDelete);
            writer.WriteStringValue(proposed.Value);
            writer.WriteStringValue(proposed.ContentType);
            writer.WriteStringValue(blastRadius.Hash);
            writer.WriteEndArray();
        }
        return Convert.ToHexStringLower(SHA256.HashData(stream.ToArray()));
    }

    private static void Write(Utf8JsonWriter writer, ObservedSetting setting)
    {
        writer.WriteStringValue(setting.Value);
        writer.WriteStringValue(setting.ContentType);
        writer.WriteStringValue(setting.ETag);
    }
}
