namespace Dashboard.Domain.Configuration;

/// <summary>A key-value as the store holds it; <see cref="Label"/> null is the null label.</summary>
public sealed record StoreSetting(string Key, string? Label, string? Value, string? ContentType = null)
{
    public KeyLabel Id => new(Key, Label);

    public bool IsFeatureFlag => FeatureFlagKey.IsFeatureFlag(Key);
}
