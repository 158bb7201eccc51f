using Dashboard.Domain.BlastRadius;
using Dashboard.Domain.Proposals;

namespace Dashboard.Web.Model;

/// <summary>Renders config values for people, never printing secrets or Key Vault references.</summary>
public static class ProposalValues
{
    public const string Hidden = "•••••• (secret, hidden)";

    public static string Show(string key, ProposedValue value) =>
        value.IsDelete ? "(delete the key)" : Show(key, value.Value, value.ContentType);

    public static string Show(string key, ObservedSetting setting) =>
        setting.Exists ? Show(key, setting.Value, setting.ContentType) : "(no such key)";

    public static string Show(string key, string? value, string? contentType) =>
        SettingKind.IsSecret(key, value, contentType) ? Hidden : value ?? "";

    public static string Labels(ProposalTarget target) =>
        $"{target.StagingLabel ?? "(no label)"} → {target.ProductionLabel ?? "(no label)"}";
}
