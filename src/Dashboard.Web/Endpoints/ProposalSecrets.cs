using Dashboard.Domain.BlastRadius;
using Dashboard.Domain.ConfigMap;
using Dashboard.Domain.Proposals;

namespace Dashboard.Web.Endpoints;

/// <summary>
/// Masks a secret proposal's values before they leave through the API, for every role: the same rule the pages use
/// (<see cref="Proposal.IsSecret"/>: secret-looking keys, Key Vault references, connection strings with secrets), applied also to
/// what staging held. ETags stay, so a caller can still tell whether a value changed.
/// </summary>
public sealed class ProposalSecrets
{
    private readonly string[] _values;

    private ProposalSecrets(Proposal proposal)
    {
        IsSecret = proposal.IsSecret
            || SettingKind.IsSecret(proposal.Target.Key, proposal.StagingBase.Value, proposal.StagingBase.ContentType)
            || SettingKind.IsSecret(proposal.Target.Key, proposal.LastKnownGood?.Value, proposal.LastKnownGood?.ContentType);
        // Longest first, so a value that contains another is replaced whole.
        _values = IsSecret
            ? [.. new[] { proposal.ProposedValue.Value, proposal.StagingBase.Value, proposal.ProductionBase.Value, proposal.StagingConflict?.Current.Value,
                    proposal.LastKnownGood?.Value }
                .OfType<string>().Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).OrderByDescending(v => v.Length)]
            : [];
    }

    public bool IsSecret { get; }

    public static ProposalSecrets Of(Proposal proposal) => new(proposal);

    public string? Value(string? value) => IsSecret && value is not null ? SecretDetector.Mask : value;

    public ObservedSetting Setting(ObservedSetting setting) => IsSecret && setting.Value is not null ? setting with { Value = SecretDetector.Mask } : setting;

    /// <summary>Free text (an event's description or before/after) with every value of the proposal replaced by the mask.</summary>
    public string? Text(string? text)
    {
        if (text is null || !IsSecret) return text;
        foreach (var value in _values)
            text = text.Replace(value, SecretDetector.Mask, StringComparison.Ordinal);
        return text;
    }
}
