using System.Globalization;
using System.Text;

namespace Dashboard.Domain.ConfigStores;

/// <summary>
/// A key-value as the store holds it. <see cref="Label"/> null is the null label.
/// <see cref="ETag"/> is the bare entity tag (no quotes); it changes on every write.
/// </summary>
public sealed record ConfigSetting(
    string Key,
    string? Label,
    string? Value,
    string? ContentType,
    string? ETag,
    IReadOnlyDictionary<string, string> Tags,
    bool IsLocked,
    DateTimeOffset? LastModified)
{
    public const string HiddenKeyVaultValue = "(Key Vault reference: value hidden)";

    public bool IsFeatureFlag =>
        Key.StartsWith(ConfigContentTypes.FeatureFlagKeyPrefix, StringComparison.Ordinal)
        || ConfigContentTypes.IsMediaType(ContentType, ConfigContentTypes.FeatureFlag);

    public bool IsKeyVaultReference => ConfigContentTypes.IsMediaType(ContentType, ConfigContentTypes.KeyVaultReference);

    /// <summary>The value safe to show or log: a Key Vault reference's value is never shown.</summary>
    public string? MaskedValue => IsKeyVaultReference ? HiddenKeyVaultValue : Value;

    // The generated ToString would print Value, and records end up in logs: print the masked value instead.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append(CultureInfo.InvariantCulture, $"Key = {Key}, Label = {Label ?? "(null)"}, Value = {MaskedValue}, ContentType = {ContentType}, ");
        builder.Append(CultureInfo.InvariantCulture, $"ETag = {ETag}, IsLocked = {IsLocked}, LastModified = {LastModified:O}, Tags = {Tags.Count}");
        return true;
    }
}
