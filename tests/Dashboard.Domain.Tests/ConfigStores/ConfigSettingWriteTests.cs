using System.Text.Json;
using Dashboard.Domain.ConfigStores;

namespace Dashboard.Domain.Tests.ConfigStores;

public sealed class ConfigSettingWriteTests
{
    [Theory]
    [InlineData("", "configuration key is needed")]
    [InlineData(".", "reserved")]
    [InlineData("..", "reserved")]
    [InlineData("Billing:Tax%", "contains '%'")]
    public void Constructor_InvalidKey_ThrowsNamingTheProblem(string key, string expected)
    {
        var failure = Assert.Throws<DomainException>(() => new ConfigSettingWrite(key, null, "v"));

        Assert.Contains(expected, failure.Message);
    }

    [Fact]
    public void Constructor_TagsChangedAfterwards_KeepsTheTagsGiven()
    {
        var tags = new Dictionary<string, string> { ["owner"] = "billing" };
        var write = new ConfigSettingWrite("k", null, "v", tags: tags);

        tags["owner"] = "someone-else";

        Assert.Equal("billing", write.Tags["owner"]);
    }

    [Fact]
    public void FeatureFlag_EnabledFlag_UsesThePrefixedKeyFlagContentTypeAndFlagJson()
    {
        var flag = ConfigSettingWrite.FeatureFlag("Beta", "prod", enabled: true);

        Assert.Equal(".appconfig.featureflag/Beta", flag.Key);
        Assert.Equal(ConfigContentTypes.FeatureFlag, flag.ContentType);
        using var json = JsonDocument.Parse(flag.Value!);
        Assert.Equal("Beta", json.RootElement.GetProperty("id").GetString());
        Assert.True(json.RootElement.GetProperty("enabled").GetBoolean());
    }

    [Fact]
    public void KeyVaultReference_SecretUri_StoresTheUriAsReferenceJson()
    {
        var reference = ConfigSettingWrite.KeyVaultReference("Db:Password", null, new Uri("https://vault.vault.azure.net/secrets/db"));

        Assert.Equal(ConfigContentTypes.KeyVaultReference, reference.ContentType);
        using var json = JsonDocument.Parse(reference.Value!);
        Assert.Equal("https://vault.vault.azure.net/secrets/db", json.RootElement.GetProperty("uri").GetString());
    }

    [Fact]
    public void IfUnchanged_BlankETag_ThrowsAskingToReadFirst()
    {
        var failure = Assert.Throws<DomainException>(() => ConfigWriteCondition.IfUnchanged(" "));

        Assert.Contains("read the setting first", failure.Message);
    }
}
