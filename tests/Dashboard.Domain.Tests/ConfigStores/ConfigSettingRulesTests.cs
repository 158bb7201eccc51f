using Dashboard.Domain.ConfigStores;

namespace Dashboard.Domain.Tests.ConfigStores;

public class ConfigSettingRulesTests
{
    [Fact]
    public void Check_ValidSetting_HasNoProblems()
    {
        Assert.Empty(ConfigSettingRules.Check("tax.rate.default", "production", "0.0825", null));
    }

    [Theory]
    [InlineData("", "production", "key")]
    [InlineData("a%b", "production", "key")]
    [InlineData("tax.rate.default", "prod*", "label")]
    [InlineData("tax.rate.default", "a,b", "label")]
    [InlineData("tax.rate.default", "tab\there", "label")]
    public void Check_BadKeyOrLabel_NamesTheField(string key, string label, string field)
    {
        var problem = Assert.Single(ConfigSettingRules.Check(key, label, "1", null));

        Assert.Equal(field, problem.Field);
    }

    [Fact]
    public void Check_OverTenKilobytes_IsRefusedWithTheSize()
    {
        var value = new string('x', ConfigSettingRules.MaxSettingBytes);

        var problem = Assert.Single(ConfigSettingRules.Check("k", null, value, null));

        Assert.Equal("value", problem.Field);
        Assert.Contains("10,241 bytes", problem.Message);
    }

    [Fact]
    public void Check_ExactlyTenKilobytes_IsAccepted()
    {
        Assert.Empty(ConfigSettingRules.Check("k", null, new string('x', ConfigSettingRules.MaxSettingBytes - 1), null));
    }
}
