using Dashboard.Domain.ConfigStores;
using Dashboard.Domain.Configuration;

namespace Dashboard.Domain.Tests.ConfigStores;

public sealed class ConfigSettingFilterTests
{
    [Theory]
    [InlineData("a,b", @"a\,b")]
    [InlineData("rates*", @"rates\*")]
    [InlineData(@"path\to", @"path\\to")]
    [InlineData(@"\*,", @"\\\*\,")]
    [InlineData("Billing:TaxRate", "Billing:TaxRate")]
    public void ForSetting_KeyWithFilterCharacters_EscapesThemSoTheFilterMatchesOnlyThatKey(string key, string expected)
    {
        var filter = ConfigSettingFilter.ForSetting(key, "prod");

        Assert.Equal(expected, filter.KeyFilter);
        var parsed = KeyFilter.Parse(filter.KeyFilter);
        Assert.True(parsed.Matches(key));
        Assert.Equal([new FilterTerm(key, IsPrefix: false)], parsed.Terms);
    }

    [Fact]
    public void ForSetting_LabelWithComma_IsOneEscapedLabel()
    {
        var filter = ConfigSettingFilter.ForSetting("k", "eu,west");

        Assert.Equal(@"eu\,west", filter.LabelFilter);
        Assert.True(LabelFilter.Parse(filter.LabelFilter).Matches("eu,west"));
        Assert.False(LabelFilter.Parse(filter.LabelFilter).Matches("eu"));
    }

    [Fact]
    public void ForSetting_NullLabel_IsTheNullLabelFilter()
    {
        Assert.Equal(ConfigSettingFilter.NullLabel, ConfigSettingFilter.ForSetting("k", null).LabelFilter);
    }
}
