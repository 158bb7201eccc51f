using Dashboard.Domain.Configuration;

namespace Dashboard.Domain.Tests.Configuration;

public class SelectorIndexTests
{
    private static SelectorIndex Index(params (string Service, SelectorSet Selectors)[] services) =>
        SelectorIndex.Build(services.ToDictionary(s => s.Service, s => s.Selectors));

    [Fact]
    public void ServicesSelecting_ExactPrefixAndStarSelectors_FindsEachKind()
    {
        var index = Index(
            ("billing-api", SelectorSet.ProviderDefault.Select("billing:*")),
            ("invoice-renderer", SelectorSet.ProviderDefault.Select("billing:tax,invoice:total")),
            ("reporting", SelectorSet.ProviderDefault),
            ("payments", SelectorSet.ProviderDefault.Select("payments:*")));

        Assert.Equal(["billing-api", "invoice-renderer", "reporting"], index.ServicesSelecting("billing:tax", null));
        Assert.Equal(["billing-api", "reporting"], index.ServicesSelecting("billing:currency", null));
        Assert.Equal(["invoice-renderer", "reporting"], index.ServicesSelecting("invoice:total", null));
    }

    [Fact]
    public void ServicesSelecting_LabelFilterDoesNotMatch_ServiceIsLeftOut()
    {
        var index = Index(
            ("billing-api", SelectorSet.ProviderDefault.Select("billing:*", "prod")),
            ("invoice-renderer", SelectorSet.ProviderDefault.Select("billing:*")));

        Assert.Equal(["billing-api"], index.ServicesSelecting("billing:tax", "prod"));
        Assert.Equal(["invoice-renderer"], index.ServicesSelecting("billing:tax", null));
        Assert.Empty(index.ServicesSelecting("billing:tax", "staging"));
    }

    [Fact]
    public void ServicesSelecting_ServiceWithSeveralMatchingSelectors_IsListedOnce()
    {
        var index = Index(("billing-api", SelectorSet.ProviderDefault.Select("billing:*").Select("billing:tax").Select("*")));

        Assert.Equal(["billing-api"], index.ServicesSelecting("billing:tax", null));
    }

    [Fact]
    public void ServicesSelecting_FeatureFlagSelector_FindsTheFlagKey()
    {
        var index = Index(("billing-api", SelectorSet.ProviderDefault.Select("billing:*").SelectFeatureFlags("Billing*")));

        Assert.Equal(["billing-api"], index.ServicesSelecting(FeatureFlagKey.ForFlagId("BillingV2"), null));
        Assert.Empty(index.ServicesSelecting(FeatureFlagKey.ForFlagId("Invoice"), null));
    }

    [Fact]
    public void MapKeys_RepeatedAndUnselectedKeys_MapsEachKeyOnceWithEmptyListForUnselected()
    {
        var index = Index(("billing-api", SelectorSet.ProviderDefault.Select("billing:*")));
        KeyLabel[] keys = [new("billing:tax", null), new("orphan", null), new("billing:tax", null)];

        var map = index.MapKeys(keys);

        Assert.Equal(2, map.Count);
        Assert.Equal(["billing-api"], map[new KeyLabel("billing:tax", null)]);
        Assert.Empty(map[new KeyLabel("orphan", null)]);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(42)]
    [InlineData(20260127)]
    public void MapKeys_GeneratedFleet_AgreesWithScanningEverySelector(int seed)
    {
        var generator = new FleetGenerator(seed);
        var services = generator.Services(300);
        var keys = generator.Keys(3_000);
        var index = SelectorIndex.Build(services);

        var map = index.MapKeys(keys);

        foreach (var key in keys)
        {
            var naive = services.Where(s => s.Value.Selects(key)).Select(s => s.Key).Order(StringComparer.Ordinal).ToArray();
            Assert.Equal(naive, map[key]);
            Assert.Equal(naive, index.ServicesSelecting(key));
        }
        // Guard against generated data so uniform that agreeing proves little: answers must vary widely.
        Assert.Contains(map.Values, v => v.Count < services.Count / 10);
        Assert.Contains(map.Values, v => v.Count > services.Count / 4);
        Assert.True(map.Values.Select(v => v.Count).Distinct().Count() > 20);
    }
}
