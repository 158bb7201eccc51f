using Dashboard.Domain.Configuration;

namespace Dashboard.Domain.Tests.Configuration;

public class ConfigPathTests
{
    [Fact]
    public void Equals_DifferentCase_AreEqualWithTheSameHash()
    {
        var lower = new ConfigPath("billing:tax");
        var upper = new ConfigPath("Billing:Tax");

        Assert.Equal(lower, upper);
        Assert.True(lower == upper);
        Assert.Equal(lower.GetHashCode(), upper.GetHashCode());
    }

    [Theory]
    [InlineData("Billing:Tax", "billing:tax", true)]
    [InlineData("Billing", "billing:tax", true)]
    [InlineData("Billing", "billing:tax:rate", true)]
    [InlineData("Billing:Tax", "billing:taxes", false)]
    [InlineData("Billing:Tax", "billing", false)]
    [InlineData("Bill", "billing:tax", false)]
    [InlineData("Invoice", "billing:tax", false)]
    public void Covers_ReadPath_CoversItselfAndEverythingInItsSection(string read, string key, bool expected)
    {
        Assert.Equal(expected, new ConfigPath(read).Covers(new ConfigPath(key)));
    }

    [Fact]
    public void Covers_Root_CoversEveryPath()
    {
        Assert.True(ConfigPath.Root.Covers(new ConfigPath("billing:tax")));
    }

    [Fact]
    public void Segments_SplitsOnColon()
    {
        Assert.Equal(["Billing", "Tax", "0"], new ConfigPath("Billing:Tax:0").Segments);
        Assert.Empty(ConfigPath.Root.Segments);
    }

    [Fact]
    public void Combine_JoinsSegmentsWithColon()
    {
        Assert.Equal(new ConfigPath("a:b:c"), ConfigPath.Combine("a", "b", "c"));
    }
}
