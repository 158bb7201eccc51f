using Dashboard.Domain.Configuration;

namespace Dashboard.Domain.Tests.Configuration;

public class KeyPrefixTrimmerTests
{
    [Fact]
    public void Trim_NestedPrefixesRegisteredShortestFirst_TrimsTheLongestMatchingPrefix()
    {
        var trimmer = KeyPrefixTrimmer.Of("billing:", "billing:tax:");

        Assert.Equal("rate", trimmer.Trim("billing:tax:rate"));
        Assert.Equal("currency", trimmer.Trim("billing:currency"));
    }

    [Fact]
    public void Trim_OnlyOnePrefixIsRemoved_EvenWhenAnotherWouldMatchAfterwards()
    {
        var trimmer = KeyPrefixTrimmer.Of("app:", "app:app:");

        Assert.Equal("x", trimmer.Trim("app:app:x"));
        Assert.Equal("x", KeyPrefixTrimmer.Of("app:").Trim("app:x"));
        Assert.Equal("app:x", KeyPrefixTrimmer.Of("app:").Trim("app:app:x"));
    }

    [Fact]
    public void Trim_PrefixComparedIgnoringCase()
    {
        var trimmer = KeyPrefixTrimmer.Of("Billing:");

        Assert.Equal("Tax", trimmer.Trim("BILLING:Tax"));
    }

    [Fact]
    public void Trim_NoPrefixMatches_ReturnsTheKeyUnchanged()
    {
        var trimmer = KeyPrefixTrimmer.Of("billing:");

        Assert.Equal("invoice:total", trimmer.Trim("invoice:total"));
    }

    [Fact]
    public void TrimKeyPrefix_SamePrefixInOtherCase_IsKeptOnce()
    {
        var trimmer = KeyPrefixTrimmer.Of("billing:", "BILLING:");

        Assert.Single(trimmer.Prefixes);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void TrimKeyPrefix_EmptyPrefix_Throws(string? prefix)
    {
        var error = Assert.Throws<DomainException>(() => KeyPrefixTrimmer.None.TrimKeyPrefix(prefix));

        Assert.Contains("TrimKeyPrefix", error.Message);
    }
}
