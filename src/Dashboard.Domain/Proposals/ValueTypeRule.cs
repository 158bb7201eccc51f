using Dashboard.Domain.BlastRadius;

namespace Dashboard.Domain.Proposals;

/// <summary>
/// A proposed value must parse as the type production holds today (a number stays a number, a flag stays a flag document):
/// the services reading it parse it that way. Checked against production, where the change ends up.
/// </summary>
public static class ValueTypeRule
{
    /// <summary>Null when <paramref name="proposed"/> keeps production's type (or production has no value yet); otherwise the problem in words.</summary>
    public static string? Problem(string key, ProposedValue proposed, ObservedSetting production)
    {
        if (proposed.IsDelete || !production.Exists) return null;
        var type = SettingKind.Type(key, production.Value, proposed.ContentType ?? production.ContentType);
        return SettingKind.Mismatch(type, proposed.Value) is { } mismatch
            ? $"'{Shorten(proposed.Value ?? "")}' {mismatch}; the current value in production is {type}. Keep the type, or change the services reading it first: they parse it as {type}."
            : null;
    }

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
