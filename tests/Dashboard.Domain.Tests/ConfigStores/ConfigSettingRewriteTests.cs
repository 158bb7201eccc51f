using Dashboard.Domain.ConfigStores;

namespace Dashboard.Domain.Tests.ConfigStores;

public sealed class ConfigSettingRewriteTests
{
    private static readonly Dictionary<string, string> OwnerTag = new() { ["owner"] = "payments", ["ticket"] = "INC-42" };

    private static ConfigSetting Current(string? contentType = "application/json", string key = "Billing:TaxRate") =>
        ConfigSettingBuilder.Setting(key: key, value: "{\"rate\":0.08}", contentType: contentType) with { Tags = OwnerTag };

    [Fact]
    public void ForNewValue_NoContentTypeOrTagsGiven_KeepsTheCurrentOnes()
    {
        var write = ConfigSettingRewrite.ForNewValue(Current(), "Billing:TaxRate", "prod", "{\"rate\":0.0825}");

        Assert.Equal(("{\"rate\":0.0825}", "application/json"), (write.Value, write.ContentType));
        Assert.Equal(OwnerTag, write.Tags);
    }

    [Fact]
    public void ForNewValue_ContentTypeAndTagsChangedOnPurpose_TakesTheNewOnes()
    {
        var tags = new Dictionary<string, string> { ["owner"] = "billing" };

        var write = ConfigSettingRewrite.ForNewValue(Current(), "Billing:TaxRate", "prod", "0.0825", "text/plain", tags);

        Assert.Equal("text/plain", write.ContentType);
        Assert.Equal(tags, write.Tags);
    }

    [Fact]
    public void ForNewValue_NoContentTypeOnPurpose_RemovesIt()
    {
        var write = ConfigSettingRewrite.ForNewValue(Current(), "Billing:TaxRate", "prod", "0.0825", ConfigSettingRewrite.NoContentType);

        Assert.Null(write.ContentType);
    }

    [Fact]
    public void ForNewValue_NewSetting_HasNothingToKeep()
    {
        var write = ConfigSettingRewrite.ForNewValue(null, "Billing:TaxRate", "prod", "0.08");

        Assert.Equal(((string?)null, 0), (write.ContentType, write.Tags.Count));
    }

    [Fact]
    public void ForNewValue_KeyVaultReferenceWithoutContentType_KeepsItAReference()
    {
        var reference = Current(ConfigContentTypes.KeyVaultReference, "Billing:Db");

        var write = ConfigSettingRewrite.ForNewValue(reference, "Billing:Db", "prod", "{\"uri\":\"https://kv.vault.azure.net/secrets/db2\"}");

        Assert.Equal(ConfigContentTypes.KeyVaultReference, write.ContentType);
    }

    [Fact]
    public void ForNewValue_KeyVaultReferenceMadePlain_IsRefusedWithTheReason()
    {
        var reference = Current(ConfigContentTypes.KeyVaultReference, "Billing:Db");

        var refused = Assert.Throws<DomainException>(() =>
            ConfigSettingRewrite.ForNewValue(reference, "Billing:Db", "prod", "Server=sql;Password=x", "text/plain"));

        Assert.StartsWith("key 'Billing:Db' (label 'prod') is a Key Vault reference; writing it with content type 'text/plain'", refused.Message);
        Assert.Contains("read the reference's JSON as a plain value", refused.Message);
    }

    [Fact]
    public void ForNewValue_FeatureFlagWithItsContentTypeRemoved_IsRefused()
    {
        var flag = Current(ConfigContentTypes.FeatureFlag, ".appconfig.featureflag/Beta");

        var refused = Assert.Throws<DomainException>(() =>
            ConfigSettingRewrite.ForNewValue(flag, ".appconfig.featureflag/Beta", "prod", "{\"id\":\"Beta\",\"enabled\":true}", ConfigSettingRewrite.NoContentType));

        Assert.Contains("is a feature flag; writing it with content type '(none)'", refused.Message);
    }

    [Fact]
    public void ForNewValue_FeatureFlagCharsetVariant_IsTheSameKindAndAllowed()
    {
        var flag = Current(ConfigContentTypes.FeatureFlag, ".appconfig.featureflag/Beta");

        var write = ConfigSettingRewrite.ForNewValue(flag, ".appconfig.featureflag/Beta", "prod", "{}", "application/vnd.microsoft.appconfig.ff+json");

        Assert.Equal("application/vnd.microsoft.appconfig.ff+json", write.ContentType);
    }

    [Fact]
    public void ForNewValue_NewKeyUnderTheFlagPrefixWithoutFlagContentType_IsRefused()
    {
        var refused = Assert.Throws<DomainException>(() =>
            ConfigSettingRewrite.ForNewValue(null, ".appconfig.featureflag/Beta", null, "{}"));

        Assert.Contains("is under the feature flag prefix", refused.Message);
    }

    [Fact]
    public void ForNewValue_CurrentOfAnotherLabel_IsRefused()
    {
        Assert.Throws<DomainException>(() => ConfigSettingRewrite.ForNewValue(Current(), "Billing:TaxRate", "staging", "1"));
    }

    [Fact]
    public void Restoring_PreviousSetting_PutsBackValueContentTypeAndTags()
    {
        var previous = Current();

        var write = ConfigSettingRewrite.Restoring(previous);

        Assert.Equal((previous.Key, previous.Label, previous.Value, previous.ContentType), (write.Key, write.Label, write.Value, write.ContentType));
        Assert.Equal(OwnerTag, write.Tags);
    }

    [Fact]
    public void MetadataChanges_ContentTypeAndTags_ListsEachChange()
    {
        var write = new ConfigSettingWrite("Billing:TaxRate", "prod", "1", "text/plain",
            new Dictionary<string, string> { ["owner"] = "billing", ["team"] = "payments" });

        var changes = ConfigSettingRules.MetadataChanges(Current(), write);

        Assert.Equal(["content type: application/json → text/plain", "tag 'owner': payments → billing", "tag 'team' added: payments", "tag 'ticket' removed"], changes);
    }

    [Fact]
    public void MetadataChanges_ValueOnly_IsEmpty()
    {
        Assert.Empty(ConfigSettingRules.MetadataChanges(Current(), ConfigSettingRewrite.ForNewValue(Current(), "Billing:TaxRate", "prod", "2")));
    }
}
