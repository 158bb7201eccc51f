using Dashboard.Domain.Configuration;

namespace Dashboard.Domain.Tests.Configuration;

public class SelectorSetTests
{
    [Fact]
    public void ProviderDefault_NoSelectCalled_SelectsEveryKeyWithTheNullLabel()
    {
        var set = SelectorSet.ProviderDefault;

        Assert.True(set.Selects("anything:at:all", null));
        Assert.False(set.Selects("anything:at:all", "prod"));
    }

    [Fact]
    public void Select_FirstCall_ReplacesTheDefaultSelector()
    {
        var set = SelectorSet.ProviderDefault.Select("billing:*");

        Assert.False(set.Selects("invoice:total", null));
        Assert.True(set.Selects("billing:tax", null));
        Assert.Single(set.KeyValueSelectors);
    }

    [Fact]
    public void Select_AfterUseFeatureFlags_StillReplacesTheDefault()
    {
        var set = SelectorSet.ProviderDefault.UseFeatureFlags().Select("billing:*");

        Assert.False(set.Selects("invoice:total", null));
        Assert.True(set.Selects(FeatureFlagKey.ForFlagId("Beta"), null));
    }

    [Fact]
    public void UseFeatureFlags_WithoutSelect_KeepsTheDefaultKeyValueSelector()
    {
        var set = SelectorSet.ProviderDefault.UseFeatureFlags("prod");

        Assert.True(set.Selects("invoice:total", null));
        Assert.True(set.Selects(FeatureFlagKey.ForFlagId("Beta"), "prod"));
    }

    [Fact]
    public void Select_SameFiltersTwice_MovesTheSelectorToTheEnd()
    {
        var set = SelectorSet.ProviderDefault
            .Select("billing:*")
            .Select("billing:*", "prod")
            .Select("billing:*");

        Assert.Equal(
            [Selector.ForSelect("billing:*", "prod"), Selector.ForSelect("billing:*")],
            set.KeyValueSelectors);
    }

    [Fact]
    public void TryResolveLabel_KeyUnderSeveralLabels_TheLaterSelectorWins()
    {
        var set = SelectorSet.ProviderDefault.Select("billing:*").Select("billing:*", "prod");

        var loaded = set.TryResolveLabel("billing:tax", [null, "prod", "staging"], out var label);

        Assert.True(loaded);
        Assert.Equal("prod", label);
    }

    [Fact]
    public void TryResolveLabel_LaterSelectorHasNoValueForTheKey_EarlierSelectorsValueIsSeen()
    {
        var set = SelectorSet.ProviderDefault.Select("billing:*").Select("billing:*", "prod");

        var loaded = set.TryResolveLabel("billing:tax", [null, "staging"], out var label);

        Assert.True(loaded);
        Assert.Null(label);
    }

    [Fact]
    public void TryResolveLabel_OrderReversed_TheNullLabelWins()
    {
        var set = SelectorSet.ProviderDefault.Select("billing:*", "prod").Select("billing:*");

        set.TryResolveLabel("billing:tax", [null, "prod"], out var label);

        Assert.Null(label);
    }

    [Fact]
    public void TryResolveLabel_NoSelectorLoadsTheKey_ReturnsFalse()
    {
        var set = SelectorSet.ProviderDefault.Select("billing:*", "prod");

        Assert.False(set.TryResolveLabel("billing:tax", [null, "staging"], out _));
        Assert.False(set.TryResolveLabel("invoice:total", ["prod"], out _));
    }

    [Fact]
    public void Load_SeveralSelectors_KeepsOneWinnerPerKeyInFirstSeenOrder()
    {
        var set = SelectorSet.ProviderDefault
            .Select("shared:*")
            .Select("billing:*")
            .Select("*", "prod");
        KeyLabel[] store =
        [
            new("billing:tax", null), new("billing:tax", "prod"),
            new("shared:db", null), new("shared:db", "prod"),
            new("invoice:total", "staging"), new("invoice:total", "prod"),
        ];

        var loaded = set.Load(store);

        Assert.Equal(
            [new KeyLabel("shared:db", "prod"), new KeyLabel("billing:tax", "prod"), new KeyLabel("invoice:total", "prod")],
            loaded);
    }

    [Fact]
    public void Load_AgreesWithTryResolveLabel_ForEveryKey()
    {
        var set = SelectorSet.ProviderDefault
            .Select("a*", "prod")
            .Select("a:b*")
            .Select("a:b:c", "staging")
            .SelectFeatureFlags("*", "prod");
        KeyLabel[] store =
        [
            new("a:x", null), new("a:x", "prod"), new("a:b:c", null), new("a:b:c", "prod"),
            new("a:b:c", "staging"), new("a:b:d", "prod"), new("z", null),
            new(FeatureFlagKey.ForFlagId("F"), "prod"), new(FeatureFlagKey.ForFlagId("F"), null),
        ];

        var loaded = set.Load(store);

        foreach (var group in store.GroupBy(s => s.Key))
        {
            var resolved = set.TryResolveLabel(group.Key, group.Select(s => s.Label), out var label);
            var winner = loaded.Where(l => l.Key == group.Key).ToArray();
            Assert.Equal(resolved, winner.Length == 1);
            if (resolved)
                Assert.Equal(label, winner[0].Label);
        }
    }

    [Fact]
    public void Load_FeatureFlagSelectorsComeAfterKeyValueSelectors_FlagSelectorWins()
    {
        var set = SelectorSet.ProviderDefault
            .SelectFeatureFlags("Beta", "prod")
            .Select(FeatureFlagKey.Marker + "*");
        var flagKey = FeatureFlagKey.ForFlagId("Beta");

        set.TryResolveLabel(flagKey, [null, "prod"], out var label);

        Assert.Equal("prod", label);
        Assert.True(set.Selectors[^1].IsFeatureFlagSelector);
    }

    [Fact]
    public void Of_ExplicitSelectorsWithRestLabelFilters_ResolvesDeterministically()
    {
        var set = SelectorSet.Of([new Selector(KeyFilter.Parse("a"), LabelFilter.Parse("*"))]);

        set.TryResolveLabel("a", [null, "b", "a"], out var label);

        Assert.Equal("b", label);
    }
}
