using Dashboard.Domain.Proposals;

namespace Dashboard.Domain.Tests.Proposals;

public sealed class ValueMagnitudeTests
{
    [Fact]
    public void Warnings_PercentTypedForAFraction_AsksAndGivesTheFraction()
    {
        var warning = Assert.Single(ValueMagnitude.Warnings("0.08", "8.25"));

        Assert.Contains("about 100 times the current 0.08", warning);
        Assert.Contains("8.25 % as a fraction is 0.0825", warning);
    }

    [Fact]
    public void Warnings_FractionTypedForAPercentage_AsksAndGivesThePercentage()
    {
        var warning = Assert.Single(ValueMagnitude.Warnings("8", "0.0825"));

        Assert.Contains("about a hundredth", warning);
        Assert.Contains("as a percentage is 8.25", warning);
    }

    [Fact]
    public void Warnings_SignFlip_SaysSo()
    {
        var warning = Assert.Single(ValueMagnitude.Warnings("30", "-30"));

        Assert.Contains("The sign flips: 30 becomes -30", warning);
    }

    [Theory]
    [InlineData("30", "60", "an increase of 100%")]
    [InlineData("30", "10", "a decrease of 66.7%")]
    public void Warnings_LargeRelativeChange_GivesTheChangeInPercent(string current, string proposed, string expected) =>
        Assert.Contains(expected, Assert.Single(ValueMagnitude.Warnings(current, proposed)));

    [Theory]
    [InlineData("0.08", "0.0825")]
    [InlineData("30", "40")]
    [InlineData("0", "5")]
    [InlineData("abc", "5")]
    [InlineData("5", "true")]
    [InlineData(null, "5")]
    public void Warnings_SmallChangeOrNotNumbers_NoWarning(string? current, string proposed) =>
        Assert.Empty(ValueMagnitude.Warnings(current, proposed));
}
