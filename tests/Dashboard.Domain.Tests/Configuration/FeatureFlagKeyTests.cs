using Dashboard.Domain.Configuration;

namespace Dashboard.Domain.Tests.Configuration;

public class FeatureFlagKeyTests
{
    [Fact]
    public void TryGetFlagId_KeyUnderTheMarker_ReturnsTheSuffix()
    {
        var isFlag = FeatureFlagKey.TryGetFlagId(".appconfig.featureflag/Billing:NewTax", out var id);

        Assert.True(isFlag);
        Assert.Equal("Billing:NewTax", id);
    }

    [Theory]
    [InlineData("billing:tax")]
    [InlineData(".appconfig.featureflag/")]
    [InlineData(".APPCONFIG.FEATUREFLAG/Beta")]
    public void TryGetFlagId_OtherKeys_AreNotFlags(string key)
    {
        Assert.False(FeatureFlagKey.TryGetFlagId(key, out _));
    }

    [Fact]
    public void ForFlagId_RoundTripsThroughTryGetFlagId()
    {
        FeatureFlagKey.TryGetFlagId(FeatureFlagKey.ForFlagId("Beta"), out var id);

        Assert.Equal("Beta", id);
    }

    [Fact]
    public void ForFlagId_Empty_Throws()
    {
        Assert.Throws<DomainException>(() => FeatureFlagKey.ForFlagId(""));
    }
}
