using Dashboard.Domain.Reconciliation;
using Dashboard.Infrastructure.DemoWorld;

namespace Dashboard.Infrastructure.Tests.Ledger;

public class EfLedgerTests(DemoLedgerFixture fixture) : IClassFixture<DemoLedgerFixture>
{
    private static readonly DateTimeOffset Now = DemoLedgerFixture.Anchor;

    [Fact]
    public async Task FindAsync_StuckStatesOlderThanFifteenMinutes_CountsTheStuckOnesAndSamplesOldestFirst()
    {
        // Authorised attempts only: no other test of this class changes one.
        var criteria = ReconciliationCriteria.Create([LedgerState.Authorized], olderThanMinutes: 15);

        var found = await fixture.Ledger().FindAsync(criteria, Now, 20);

        var expected = fixture.World.Transactions.Count(t => t.State is LedgerState.Authorized);
        Assert.Equal(expected, found.Count);
        Assert.Equal(20, found.Transactions.Count);
        Assert.Equal(found.Transactions.OrderBy(t => t.AttemptedAt).Select(t => t.TransactionId), found.Transactions.Select(t => t.TransactionId));
    }

    [Fact]
    public async Task FindAsync_OutageWindow_FindsEveryStuckTransactionAndTheirRetriedOriginals()
    {
        var window = ReconciliationCriteria.Create(from: fixture.World.OutageStart.AddMinutes(-1), to: fixture.World.OutageEnd);

        var found = await fixture.Ledger().FindAsync(window, Now, 0);

        var expected = fixture.World.Transactions.Count(t => t.AttemptedAt >= fixture.World.OutageStart.AddMinutes(-1) && t.AttemptedAt < fixture.World.OutageEnd);
        Assert.Equal(expected, found.Count);
        Assert.True(found.Count >= DemoLedgerGenerator.StuckTotal);
    }

    [Fact]
    public async Task FindAsync_OlderThan_ExcludesRecentAttempts()
    {
        var all = await fixture.Ledger().FindAsync(ReconciliationCriteria.Create(), Now, 0);
        var olderThanAWeek = await fixture.Ledger().FindAsync(ReconciliationCriteria.Create(olderThanMinutes: 7 * 24 * 60), Now, 0);

        Assert.Equal(fixture.World.Transactions.Count, all.Count);
        Assert.Equal(fixture.World.Transactions.Count(t => t.AttemptedAt < Now.AddDays(-7)), olderThanAWeek.Count);
    }

    [Fact]
    public async Task FindAsync_AmountRangeAndCurrency_MatchExactly()
    {
        var criteria = ReconciliationCriteria.Create(minAmount: 1000, maxAmount: 2000, currency: "GBP");

        var found = await fixture.Ledger().FindAsync(criteria, Now, 500);

        Assert.Equal(fixture.World.Transactions.Count(t => t.Amount is >= 1000 and <= 2000 && t.Currency == "gbp"), found.Count);
        Assert.All(found.Transactions, t => Assert.Equal("gbp", t.Currency));
    }

    [Fact]
    public async Task GetAsync_CapturedTwiceRetry_KnowsItsSiblingsReferenceAndThatItDidNotConfirm()
    {
        var retry = fixture.World.Stuck.First(t => t.Stuck == StuckKind.CapturedTwice);

        var transaction = await fixture.Ledger().GetAsync(retry.AttemptId.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.NotNull(transaction);
        Assert.False(transaction.Confirmed);
        Assert.Equal(OrderState.Confirmed, transaction.OrderState);
        Assert.Single(transaction.SiblingGatewayReferences);
    }

    [Fact]
    public async Task GetAsync_Unknown_IsNull()
    {
        Assert.Null(await fixture.Ledger().GetAsync("999999999"));
        Assert.Null(await fixture.Ledger().GetAsync("not-a-number"));
    }

    [Fact]
    public async Task ApplyAsync_WritesOff_IsRefusedNamingTheSettingAndChangesNothing()
    {
        var stuck = fixture.World.Stuck.First(t => t.Stuck == StuckKind.CapturedNotConfirmed);
        var id = stuck.AttemptId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var before = await fixture.Ledger().GetAsync(id);

        var error = await Assert.ThrowsAsync<LedgerException>(() =>
            fixture.Ledger(allowWrites: false).ApplyAsync(new LedgerCorrection(id, before!.Version, LedgerCorrectionKind.ConfirmOrder, "k-ro", "test")));

        Assert.Equal(LedgerErrorKind.ReadOnly, error.Kind);
        Assert.Contains("Ledger:AllowWrites", error.Message);
        Assert.Equal(Describe(before), Describe(await fixture.Ledger().GetAsync(id)));
    }

    [Fact]
    public async Task ApplyAsync_ConfirmOrder_ConfirmsOnceAndRepeatsAsANoOp()
    {
        var stuck = fixture.World.Stuck.Where(t => t.Stuck == StuckKind.CapturedNotConfirmed).ElementAt(1);
        var id = stuck.AttemptId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var ledger = fixture.Ledger(allowWrites: true);
        var before = await ledger.GetAsync(id);
        var correction = new LedgerCorrection(id, before!.Version, LedgerCorrectionKind.ConfirmOrder, $"confirm-{id}", "captured at the gateway");

        var first = await ledger.ApplyAsync(correction);
        var second = await ledger.ApplyAsync(correction);

        var after = await ledger.GetAsync(id);
        Assert.False(first.AlreadyApplied);
        Assert.True(second.AlreadyApplied);
        Assert.Equal(first.Version, second.Version);
        Assert.Equal(LedgerState.Captured, after!.State);
        Assert.Equal(OrderState.Confirmed, after.OrderState);
        Assert.True(after.Confirmed);
    }

    [Fact]
    public async Task ApplyAsync_StaleVersion_IsAConflictAndChangesNothing()
    {
        var stuck = fixture.World.Stuck.First(t => t.Stuck == StuckKind.AuthorisationExpired);
        var id = stuck.AttemptId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var ledger = fixture.Ledger(allowWrites: true);
        var before = await ledger.GetAsync(id);

        var error = await Assert.ThrowsAsync<LedgerException>(() =>
            ledger.ApplyAsync(new LedgerCorrection(id, "41", LedgerCorrectionKind.MarkFailed, $"fail-{id}", "expired")));

        Assert.Equal(LedgerErrorKind.Conflict, error.Kind);
        Assert.Equal(Describe(before), Describe(await ledger.GetAsync(id)));
    }

    [Fact]
    public async Task ApplyAsync_RecordGatewayReference_FillsTheMissingReference()
    {
        var stuck = fixture.World.Stuck.First(t => t.Stuck == StuckKind.GatewayReferenceMissing);
        var id = stuck.AttemptId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var ledger = fixture.Ledger(allowWrites: true);
        var before = await ledger.GetAsync(id);

        await ledger.ApplyAsync(new LedgerCorrection(id, before!.Version, LedgerCorrectionKind.RecordGatewayReference, $"ref-{id}", "found by order number", "pi_found"));

        Assert.Equal("pi_found", (await ledger.GetAsync(id))!.GatewayReference);
    }

    private static string Describe(LedgerTransaction? t) =>
        t is null ? "none" : $"{t.State} {t.OrderState} {t.Confirmed} {t.GatewayReference} v{t.Version} {t.UpdatedAt:O}";
}
