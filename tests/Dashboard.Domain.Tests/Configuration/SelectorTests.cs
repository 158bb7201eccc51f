using Dashboard.Domain.Configuration;

namespace Dashboard.Domain.Tests.Configuration;

public class SelectorTests
{
    [Fact]
    public void ForSelect_NoLabel_SelectsTheNullLabelOnly()
    {
        var selector = Selector.ForSelect("billing:*");

        Assert.True(selector.Matches("billing:tax", null));
        Assert.False(selector.Matches("billing:tax", "prod"));
        Assert.False(selector.Matches("invoice:tax", null));
    }

    [Fact]
    public void ForSelect_WithLabel_RequiresBothKeyAndLabelToMatch()
    {
        var selector = Selector.ForSelect("billing:*", "prod");

        Assert.True(selector.Matches(new KeyLabel("billing:tax", "prod")));
        Assert.False(selector.Matches(new KeyLabel("billing:tax", null)));
        Assert.False(selector.Matches(new KeyLabel("invoice:tax", "prod")));
    }

    [Theory]
    [InlineData("*")]
    [InlineData("prod*")]
    [InlineData("prod,staging")]
    [InlineData(@"prod\,eu")]
    public void ForSelect_LabelWithStarOrComma_IsRefusedLikeTheProvider(string label)
    {
        var error = Assert.Throws<DomainException>(() => Selector.ForSelect("billing:*", label));

        Assert.Contains($"'{label}'", error.Message);
        Assert.Contains("'*' or ','", error.Message);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void ForSelect_MissingKeyFilter_Throws(string? keyFilter)
    {
        var error = Assert.Throws<DomainException>(() => Selector.ForSelect(keyFilter));

        Assert.Contains("key filter", error.Message);
    }

    [Fact]
    public void ForSelect_BadKeyFilter_ThrowsTheFilterError()
    {
        var error = Assert.Throws<DomainException>(() => Selector.ForSelect("bil*ing"));

        Assert.Contains("key filter 'bil*ing'", error.Message);
    }

    [Fact]
    public void ForFeatureFlags_FlagIdPrefix_SelectsFlagKeysUnderTheMarker()
    {
        var selector = Selector.ForFeatureFlags("Billing*");

        Assert.True(selector.IsFeatureFlagSelector);
        Assert.True(selector.Matches(FeatureFlagKey.ForFlagId("BillingV2"), null));
        Assert.False(selector.Matches(FeatureFlagKey.ForFlagId("Invoice"), null));
        Assert.False(selector.Matches("BillingV2", null));
    }

    [Fact]
    public void ForFeatureFlags_ExactIdWithLabel_SelectsThatFlagUnderThatLabel()
    {
        var selector = Selector.ForFeatureFlags("Beta", "prod");

        Assert.True(selector.Matches(FeatureFlagKey.ForFlagId("Beta"), "prod"));
        Assert.False(selector.Matches(FeatureFlagKey.ForFlagId("Beta"), null));
        Assert.False(selector.Matches(FeatureFlagKey.ForFlagId("BetaX"), "prod"));
    }

    [Fact]
    public void ForFeatureFlags_FilterEndingWithEscapedStar_IsRefusedLikeTheProvider()
    {
        var error = Assert.Throws<DomainException>(() => Selector.ForFeatureFlags(@"Beta\*"));

        Assert.Contains(@"'Beta\*'", error.Message);
    }

    [Fact]
    public void Equals_FeatureFlagAndKeyValueSelectorWithSameFilters_AreDifferent()
    {
        var flag = Selector.ForFeatureFlags("*");
        var keyValue = Selector.ForSelect(FeatureFlagKey.Marker + "*");

        Assert.NotEqual(flag, keyValue);
        Assert.Equal(flag.KeyFilter, keyValue.KeyFilter);
    }
}
