using System.Security.Cryptography;
using System.Text;

namespace Dashboard.Domain.Proposals;

/// <summary>
/// The blast radius as it was shown when the proposal was made or edited, kept as opaque text
/// so approvals are bound to exactly what the approver saw without this code knowing its shape.
/// </summary>
public sealed record BlastRadiusSnapshot
{
    public BlastRadiusSnapshot(string serializedText, string riskLevel)
    {
        if (string.IsNullOrWhiteSpace(serializedText))
            throw new DomainException("The blast-radius snapshot is empty: compute the blast radius of the change and pass its serialized text.");
        if (string.IsNullOrWhiteSpace(riskLevel))
            throw new DomainException("The blast-radius snapshot needs a risk level, e.g. 'High'.");
        SerializedText = serializedText;
        RiskLevel = riskLevel.Trim();
        Hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(RiskLevel + "\n" + SerializedText)));
    }

    public string SerializedText { get; }
    public string RiskLevel { get; }
    /// <summary>SHA-256 (lower-case hex) of the risk level and text; events carry it instead of the whole text.</summary>
    public string Hash { get; }
}
