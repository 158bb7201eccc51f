using Dashboard.Domain.Configuration;

namespace Dashboard.Domain.Tests.Configuration;

public class KeyFilterTests
{
    [Theory]
    [InlineData("billing:tax")]
    [InlineData("")]
    [InlineData(".appconfig.featureflag/Beta")]
    public void Matches_Star_MatchesEveryKey(string key)
    {
        var filter = KeyFilter.Parse("*");

        Assert.True(filter.Matches(key));
        Assert.True(filter.IsAny);
    }

    [Theory]
    [InlineData("billing:tax", true)]
    [InlineData("billing:tax:rate", false)]
    [InlineData("Billing:Tax", false)]
    [InlineData("billing:ta", false)]
    public void Matches_ExactFilter_MatchesOnlyThatKeyCaseSensitively(string key, bool expected)
    {
        var filter = KeyFilter.Parse("billing:tax");

        Assert.Equal(expected, filter.Matches(key));
    }

    [Theory]
    [InlineData("billing:", true)]
    [InlineData("billing:tax:rate", true)]
    [InlineData("billing", false)]
    [InlineData("BILLING:tax", false)]
    [InlineData("invoice:billing:x", false)]
    public void Matches_TrailingStar_MatchesKeysStartingWithThePrefix(string key, bool expected)
    {
        var filter = KeyFilter.Parse("billing:*");

        Assert.Equal(expected, filter.Matches(key));
    }

    [Theory]
    [InlineData("a", true)]
    [InlineData("b", true)]
    [InlineData("c", true)]
    [InlineData("ab", false)]
    [InlineData("a,b", false)]
    public void Matches_CommaList_MatchesAnyAlternativeExactly(string key, bool expected)
    {
        var filter = KeyFilter.Parse("a,b,c");

        Assert.Equal(expected, filter.Matches(key));
        Assert.Equal(3, filter.Terms.Count);
    }

    [Theory]
    [InlineData(@"a\*b", "a*b", true)]
    [InlineData(@"a\*b", "axb", false)]
    [InlineData(@"a\*", "a*", true)]
    [InlineData(@"a\*", "a*b", false)]
    [InlineData(@"a\,b", "a,b", true)]
    [InlineData(@"a\,b", "a", false)]
    [InlineData(@"a\\b", @"a\b", true)]
    [InlineData(@"a\\*", @"a\bcd", true)]
    [InlineData(@"\a", "a", true)]
    public void Matches_EscapedReservedCharacter_IsLiteral(string filterText, string key, bool expected)
    {
        var filter = KeyFilter.Parse(filterText);

        Assert.Equal(expected, filter.Matches(key));
    }

    [Fact]
    public void Parse_DocumentedEscapeExample_SelectsThePrefixWithLiteralCharacters()
    {
        // The provider's documented example: a\\b\,\*c* selects keys starting with a\b,*c
        var filter = KeyFilter.Parse(@"a\\b\,\*c*");

        Assert.Equal([new FilterTerm(@"a\b,*c", IsPrefix: true)], filter.Terms);
        Assert.True(filter.Matches(@"a\b,*cde"));
        Assert.False(filter.Matches(@"a\b,*"));
    }

    [Fact]
    public void Parse_FiveAlternatives_IsAccepted()
    {
        var filter = KeyFilter.Parse("a,b,c,d,e");

        Assert.True(filter.Matches("e"));
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("a,b,c,d,e,f", "at most 5")]
    [InlineData("a*b", "'*' may only end")]
    [InlineData("*a", "'*' may only end")]
    [InlineData("a**", "'*' may only end")]
    [InlineData(@"abc\", "dangling")]
    [InlineData("a,,b", "empty alternative")]
    [InlineData("a,", "empty alternative")]
    [InlineData(",a", "empty alternative")]
    [InlineData("a,b*", "cannot be combined")]
    [InlineData("a*,b", "cannot be combined")]
    public void Parse_InvalidFilter_ThrowsNamingTheFilterAndTheProblem(string text, string problem)
    {
        var error = Assert.Throws<DomainException>(() => KeyFilter.Parse(text));

        Assert.Contains($"key filter '{text}'", error.Message);
        Assert.Contains(problem, error.Message);
    }

    [Fact]
    public void Equals_SameText_AreEqualAndDifferentTextAreNot()
    {
        Assert.Equal(KeyFilter.Parse("billing:*"), KeyFilter.Parse("billing:*"));
        Assert.NotEqual(KeyFilter.Parse("billing:*"), KeyFilter.Parse("billing:"));
    }
}
