using Dashboard.Domain.Configuration;

namespace Dashboard.Domain.Tests.Configuration;

public class LabelFilterTests
{
    [Theory]
    [InlineData("\0")]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Parse_NullLabelSpellings_SelectOnlyKeyValuesWithoutLabel(string? text)
    {
        var filter = LabelFilter.Parse(text);

        Assert.True(filter.Matches(null));
        Assert.False(filter.Matches("prod"));
        Assert.False(filter.Matches(""));
        Assert.Equal(LabelFilter.Null, filter);
    }

    [Fact]
    public void Matches_ExactLabel_DoesNotMatchTheNullLabelOrOtherCase()
    {
        var filter = LabelFilter.Parse("prod");

        Assert.True(filter.Matches("prod"));
        Assert.False(filter.Matches("Prod"));
        Assert.False(filter.Matches("production"));
        Assert.False(filter.Matches(null));
    }

    [Fact]
    public void Matches_Star_MatchesEveryLabelIncludingTheNullLabel()
    {
        var filter = LabelFilter.Parse("*");

        Assert.True(filter.Matches(null));
        Assert.True(filter.Matches("prod"));
        Assert.True(filter.IsAny);
    }

    [Fact]
    public void Matches_Prefix_MatchesLabelsStartingWithItButNotTheNullLabel()
    {
        var filter = LabelFilter.Parse("prod*");

        Assert.True(filter.Matches("prod"));
        Assert.True(filter.Matches("prod-eu"));
        Assert.False(filter.Matches("staging"));
        Assert.False(filter.Matches(null));
    }

    [Fact]
    public void Matches_ListWithNullMarker_MatchesTheNullLabelAndTheNamedLabels()
    {
        var filter = LabelFilter.Parse("\0,prod,staging");

        Assert.True(filter.Matches(null));
        Assert.True(filter.Matches("prod"));
        Assert.True(filter.Matches("staging"));
        Assert.False(filter.Matches("dev"));
    }

    [Fact]
    public void Matches_EscapedCharacters_AreLiteral()
    {
        var filter = LabelFilter.Parse(@"v1\,v2\*");

        Assert.True(filter.Matches("v1,v2*"));
        Assert.False(filter.Matches("v1"));
        Assert.False(filter.Matches("v1,v2x"));
    }

    [Fact]
    public void Matches_EscapedNullCharacter_IsALiteralLabelNotTheNullLabel()
    {
        var filter = LabelFilter.Parse("\\\0");

        Assert.False(filter.Matches(null));
        Assert.True(filter.Matches("\0"));
    }

    [Theory]
    [InlineData("a,b,c,d,e,f", "at most 5")]
    [InlineData("pr*d", "'*' may only end")]
    [InlineData(@"prod\", "dangling")]
    [InlineData("prod,,dev", "empty alternative")]
    [InlineData("prod*,dev", "cannot be combined")]
    public void Parse_InvalidFilter_ThrowsNamingTheLabelFilter(string text, string problem)
    {
        var error = Assert.Throws<DomainException>(() => LabelFilter.Parse(text));

        Assert.Contains($"label filter '{text}'", error.Message);
        Assert.Contains(problem, error.Message);
    }

    [Fact]
    public void ToString_NullLabel_ShowsTheNullCharacterVisibly()
    {
        Assert.Equal(@"\0", LabelFilter.Null.ToString());
    }
}
