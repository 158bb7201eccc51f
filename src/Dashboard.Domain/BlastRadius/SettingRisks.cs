using Dashboard.Domain.ConfigStores;

namespace Dashboard.Domain.BlastRadius;

/// <summary>The risks in the value itself: environments left apart (drift) and a new value of another type.</summary>
internal static class SettingRisks
{
    private const int MaxShownValueLength = 60;

    /// <summary>
    /// Compares what the target environment will hold after the change with what every other environment holds now:
    /// a change already applied to staging shows no drift; one that leaves the environments apart does, by value or
    /// by kind (a plain connection string against a Key Vault reference, a local against a managed-identity one).
    /// </summary>
    public static IEnumerable<RadiusRisk> Drift(ProposedChange change, string environment, IReadOnlyDictionary<string, ConfigSetting?> current)
    {
        var target = current.GetValueOrDefault(environment);
        var contentType = change.NewContentType ?? target?.ContentType;
        foreach (var (other, setting) in current.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            if (string.Equals(other, environment, StringComparison.OrdinalIgnoreCase)) continue;
            var evidence = $"{Revision(other, setting)}; {Revision(environment, target)}; proposed change";
            if (change.IsDelete || setting is null)
            {
                if (change.IsDelete && setting is not null)
                    yield return Risk($"{environment} will no longer have {change.Key} while {other} still does.", evidence);
                else if (!change.IsDelete && setting is null)
                    yield return Risk($"{other} has no {change.Key}, while {environment} will have it.", evidence);
                continue;
            }
            var theirs = SettingKind.Storage(setting.Key, setting.Value, setting.ContentType);
            var ours = SettingKind.Storage(change.Key, change.NewValue, contentType);
            if (theirs != ours)
                yield return Risk($"{other} holds {theirs} for {change.Key}, while {environment} will hold {ours}: the environments differ in kind, "
                                  + "so what passed in one says little about the other.", evidence);
            else if (!string.Equals(setting.Value, change.NewValue, StringComparison.Ordinal))
            {
                var secret = SettingKind.IsSecret(change.Key, change.NewValue, contentType) || SettingKind.IsSecret(setting.Key, setting.Value, setting.ContentType);
                yield return Risk(secret
                    ? $"{other} and {environment} will hold different values for {change.Key} (not shown: it is a secret)."
                    : $"{other} holds {Show(setting.Value)} for {change.Key}, while {environment} will hold {Show(change.NewValue)}.", evidence);
            }
        }
    }

    /// <summary>The new value must parse as the current one's type: a number stays a number, a flag stays a flag document.</summary>
    public static RadiusRisk? TypeChange(ProposedChange change, string environment, ConfigSetting? current)
    {
        if (change.IsDelete || current is null) return null;
        var oldType = SettingKind.Type(current.Key, current.Value, current.ContentType);
        var newContentType = change.NewContentType ?? current.ContentType;
        var evidence = Revision(environment, current);
        var newStorage = SettingKind.Storage(change.Key, change.NewValue, newContentType);
        var oldStorage = SettingKind.Storage(current.Key, current.Value, current.ContentType);
        if (oldStorage != newStorage && (IsStructured(oldStorage) || IsStructured(newStorage)))
            return new RadiusRisk(BlastRadiusRules.ValueTypeChange, null,
                $"{change.Key} changes from {oldStorage} to {newStorage} (content type {current.ContentType ?? "none"} → {newContentType ?? "none"}): "
                + "code that parses the old form will break.", evidence);
        var mismatch = SettingKind.Mismatch(oldType, change.NewValue);
        if (mismatch is null) return null;
        var shown = SettingKind.IsSecret(change.Key, change.NewValue, newContentType) ? "the new value" : $"the new value {Show(change.NewValue)}";
        return new RadiusRisk(BlastRadiusRules.ValueTypeChange, null,
            $"{change.Key} holds {oldType} in {environment}, but {shown} {mismatch}: code that parses it as before will fail.", evidence);
    }

    private static bool IsStructured(string storage) => storage is "a Key Vault reference" or "a feature flag" or "JSON";

    private static RadiusRisk Risk(string message, string evidence) => new(BlastRadiusRules.EnvironmentDrift, null, message, evidence);

    private static string Revision(string environment, ConfigSetting? setting) => setting is null
        ? $"{environment}: absent"
        : $"{environment}: store revision etag {setting.ETag ?? "(none)"}{(setting.LastModified is { } at ? $", modified {at:u}" : "")}";

    private static string Show(string? value) => value is null
        ? "no value"
        : value.Length <= MaxShownValueLength ? $"'{value}'" : $"'{value[..MaxShownValueLength]}…'";
}
