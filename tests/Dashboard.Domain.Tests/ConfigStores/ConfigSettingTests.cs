using Dashboard.Domain.ConfigStores;
using static Dashboard.Domain.Tests.ConfigStores.ConfigSettingBuilder;

namespace Dashboard.Domain.Tests.ConfigStores;

public sealed class ConfigSettingTests
{
    private const string SecretUri = "{\"uri\":\"https://billing-vault.vault.azure.net/secrets/sql-password\"}";

    [Theory]
    [InlineData("application/vnd.microsoft.appconfig.keyvaultref+json;charset=utf-8")]
    [InlineData("Application/VND.microsoft.appconfig.keyvaultref+json")]
    public void IsKeyVaultReference_KeyVaultContentType_IsTrueAndValueIsMasked(string contentType)
    {
        var setting = Setting(value: SecretUri, contentType: contentType);

        Assert.True(setting.IsKeyVaultReference);
        Assert.Equal(ConfigSetting.HiddenKeyVaultValue, setting.MaskedValue);
    }

    [Fact]
    public void MaskedValue_PlainSetting_IsTheValue()
    {
        var setting = Setting(value: "0.0825", contentType: "text/plain");

        Assert.False(setting.IsKeyVaultReference);
        Assert.Equal("0.0825", setting.MaskedValue);
    }

    [Fact]
    public void ToString_KeyVaultReference_NeverPrintsTheValue()
    {
        var setting = Setting(value: SecretUri, contentType: ConfigContentTypes.KeyVaultReference);

        var text = setting.ToString();

        Assert.DoesNotContain("billing-vault", text);
        Assert.Contains("Billing:TaxRate", text);
    }

    [Theory]
    [InlineData(".appconfig.featureflag/Beta", null)]
    [InlineData("Beta", "application/vnd.microsoft.appconfig.ff+json;charset=utf-8")]
    public void IsFeatureFlag_FlagKeyPrefixOrContentType_IsTrue(string key, string? contentType)
    {
        Assert.True(Setting(key: key, contentType: contentType).IsFeatureFlag);
    }

    [Fact]
    public void IsFeatureFlag_OrdinarySetting_IsFalse()
    {
        Assert.False(Setting(key: "appconfig.featureflag.Beta", contentType: "application/json").IsFeatureFlag);
    }
}
