using Dashboard.Domain.Reconciliation;

namespace Dashboard.Domain.Tests.Reconciliation;

public class ReconciliationCriteriaTests
{
    private static readonly DateTimeOffset Now = Snapshots.Now;

    [Fact]
    public void Create_AllParts_KeepsThemNormalised()
    {
        var criteria = ReconciliationCriteria.Create([LedgerState.Authorized, LedgerState.Pending, LedgerState.Pending], 30,
            Now.AddHours(-4), Now.AddHours(-1), 100, 50_000, " EUR ");

        Assert.Equal([LedgerState.Pending, LedgerState.Authorized], criteria.States);
        Assert.Equal("eur", criteria.Currency);
        Assert.Contains("older than 30 minutes", criteria.Describe());
    }

    [Theory]
    [InlineData(-1, "olderThanMinutes")]
    [InlineData(ReconciliationCriteria.MaxOlderThanMinutes + 1, "olderThanMinutes")]
    public void Create_OlderThanOutOfRange_IsRefused(int minutes, string field)
    {
        var error = Assert.Throws<DomainException>(() => ReconciliationCriteria.Create(olderThanMinutes: minutes));

        Assert.Contains(field, error.Message);
    }

    [Fact]
    public void Create_WindowEndingBeforeItStarts_IsRefused()
    {
        var error = Assert.Throws<DomainException>(() => ReconciliationCriteria.Create(from: Now, to: Now.AddHours(-1)));

        Assert.Contains("before it starts", error.Message);
    }

    [Fact]
    public void Create_WindowLongerThanTheLimit_IsRefused()
    {
        var error = Assert.Throws<DomainException>(() => ReconciliationCriteria.Create(from: Now.AddDays(-400), to: Now));

        Assert.Contains("narrow it", error.Message);
    }

    [Theory]
    [InlineData(-1L, null)]
    [InlineData(500L, 100L)]
    [InlineData(null, ReconciliationCriteria.MaxAmount + 1)]
    public void Create_BadAmountRange_IsRefused(long? min, long? max)
    {
        var error = Assert.Throws<DomainException>(() => ReconciliationCriteria.Create(minAmount: min, maxAmount: max));

        Assert.Contains("Amount", error.Message);
    }

    [Theory]
    [InlineData("euro")]
    [InlineData("e1r")]
    public void Create_CurrencyNotIsoCode_IsRefused(string currency)
    {
        var error = Assert.Throws<DomainException>(() => ReconciliationCriteria.Create(currency: currency));

        Assert.Contains("ISO 4217", error.Message);
    }

    [Fact]
    public void AttemptedBefore_OlderThanAndWindow_TakesTheEarlier()
    {
        var criteria = ReconciliationCriteria.Create(olderThanMinutes: 60, from: Now.AddHours(-5), to: Now.AddMinutes(-10));

        Assert.Equal(Now.AddMinutes(-60), criteria.AttemptedBefore(Now));
        Assert.Equal(Now.AddMinutes(-10), ReconciliationCriteria.Create(olderThanMinutes: 5, to: Now.AddMinutes(-10)).AttemptedBefore(Now));
        Assert.Null(ReconciliationCriteria.Create().AttemptedBefore(Now));
    }

    [Fact]
    public void EnsureRunnable_NothingMatches_SaysToWiden()
    {
        var error = Assert.Throws<DomainException>(() => new ReconciliationPolicy().EnsureRunnable(0, ReconciliationCriteria.Create(currency: "eur")));

        Assert.Contains("widen", error.Message);
    }

    [Fact]
    public void EnsureRunnable_MoreThanTheLimit_SaysToNarrowAndGivesTheCount()
    {
        var error = Assert.Throws<DomainException>(() => new ReconciliationPolicy(maxItemsPerRun: 1000).EnsureRunnable(2_400_000, ReconciliationCriteria.Create()));

        Assert.Contains("2400000", error.Message);
        Assert.Contains("narrow", error.Message);
    }
}
