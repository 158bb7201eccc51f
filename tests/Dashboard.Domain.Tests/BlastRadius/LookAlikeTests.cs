using Dashboard.Domain.BlastRadius;

namespace Dashboard.Domain.Tests.BlastRadius;

public class LookAlikeTests
{
    private static IReadOnlyList<LookAlike> LookAlikes(params string[] keys)
    {
        var world = new RadiusWorld();
        world.ExtraStoreKeys.AddRange(keys);
        return world.Analyze().LookAlikes;
    }

    [Fact]
    public void Analyze_KeysDifferingOnlyInCaseOrSeparators_AreFlagged()
    {
        var lookAlikes = LookAlikes("Tax:Rate:Default", "tax_rate_default", "taxratedefault");

        Assert.Equal(["Tax:Rate:Default", "tax_rate_default", "taxratedefault"], lookAlikes.Select(l => l.Key));
        Assert.All(lookAlikes, l => Assert.Contains("only in case or separators", l.Why));
    }

    [Fact]
    public void Analyze_KeysWithinTwoEditsInTheSameNamespace_AreFlaggedWithTheDistance()
    {
        var lookAlikes = LookAlikes("tax.rate.defualt", "tax.rate.default2", "tax.rate.reduced");

        Assert.Equal(["tax.rate.default2", "tax.rate.defualt"], lookAlikes.Select(l => l.Key));
        Assert.Contains("same namespace 'tax', 1 edit away", lookAlikes[0].Why);
        Assert.Contains("2 edits away", lookAlikes[1].Why);
    }

    [Fact]
    public void Analyze_CloseKeyInAnotherNamespace_IsNotFlagged()
    {
        var lookAlikes = LookAlikes("tay.rate.default", "tax.rate.default.extra.long");

        Assert.Empty(lookAlikes);
    }

    [Fact]
    public void Analyze_FeatureFlagNamedLikeTheKey_IsFlaggedAsAFeatureFlag()
    {
        var lookAlikes = LookAlikes(".appconfig.featureflag/tax-rate-default", ".appconfig.featureflag/billing-new-tax-engine");

        var flag = Assert.Single(lookAlikes);
        Assert.Equal(".appconfig.featureflag/tax-rate-default", flag.Key);
        Assert.Contains("feature flag 'tax-rate-default' is named like tax.rate.default", flag.Why);
    }
}
