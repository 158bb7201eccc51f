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

    [Theory]
    [InlineData("tax.rate\r\ndefault", "U+000D (a control character) at position 9")]
    [InlineData("tax\0rate", "U+0000 (a control character) at position 4")]
    [InlineData("tax.rate.\u202Etluafed", "U+202E (a bidirectional override")]
    [InlineData("\u2066tax.rate", "U+2066 (a bidirectional override")]
    [InlineData("tax.rate\u2069", "U+2069 (a bidirectional override")]
    [InlineData(".", "'.' and '..' are reserved")]
    [InlineData("..", "'.' and '..' are reserved")]
    [InlineData("Billing:*", "'*', ',' or '\\'")]
    [InlineData("a,b", "'*', ',' or '\\'")]
    [InlineData("a\\b", "'*', ',' or '\\'")]
    public void Check_KeyWithControlBidiReservedOrFilterCharacters_IsRefusedNamingTheCharacter(string key, string expected)
    {
        var problem = Assert.Single(ConfigSettingRules.Check(key, "production", "1", null));

        Assert.Equal("key", problem.Field);
        Assert.Contains(expected, problem.Message);
    }

    [Fact]
    public void Check_KeyOfMaxLength_IsAccepted_AndOneLonger_IsRefused()
    {
        Assert.Empty(ConfigSettingRules.Check(new string('k', ConfigKey.MaxLength), null, "1", null));

        var problem = Assert.Single(ConfigSettingRules.Check(new string('k', ConfigKey.MaxLength + 1), null, "1", null));

        Assert.Equal("key", problem.Field);
        Assert.Contains("513 characters long; at most 512", problem.Message);
    }

    [Theory]
    [InlineData("prod\u202Euction")]
    [InlineData("prod\nuction")]
    [InlineData("")]
    public void Check_LabelWithUnsafeCharactersOrEmpty_NamesTheLabel(string label)
    {
        var problem = Assert.Single(ConfigSettingRules.Check("tax.rate.default", label, "1", null));

        Assert.Equal("label", problem.Field);
    }

    [Fact]
    public void Check_LabelLongerThanTheLimit_IsRefused()
    {
        var problem = Assert.Single(ConfigSettingRules.Check("k", new string('l', ConfigLabel.MaxLength + 1), "1", null));

        Assert.Equal("label", problem.Field);
    }

    [Fact]
    public void Check_ContentTypeTooLongOrWithControlCharacters_NamesTheContentType()
    {
        Assert.Equal("contentType", Assert.Single(ConfigSettingRules.Check("k", null, "1", new string('c', 257))).Field);
        Assert.Equal("contentType", Assert.Single(ConfigSettingRules.Check("k", null, "1", "application/json\r\nX: y")).Field);
    }

    [Fact]
    public void Check_TagsCountTowardsTheTenKilobytes()
    {
        var tags = new Dictionary<string, string> { ["owner"] = new string('t', 100) };
        var value = new string('x', ConfigSettingRules.MaxSettingBytes - 1 - 50);

        Assert.Empty(ConfigSettingRules.Check("k", null, value, null));
        Assert.Equal("value", Assert.Single(ConfigSettingRules.Check("k", null, value, null, tags)).Field);
    }

    [Fact]
    public void ConfigKeyValidate_ValuesMayHoldLineBreaks_KeysMayNot()
    {
        Assert.Empty(ConfigSettingRules.Check("json.settings", null, "{\n  \"a\": 1\n}", "application/json"));
        Assert.Throws<DomainException>(() => ConfigKey.Validate("line\nbreak"));
    }
}
