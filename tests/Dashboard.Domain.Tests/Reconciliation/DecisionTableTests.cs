using Dashboard.Domain.Reconciliation;
using static Dashboard.Domain.Reconciliation.ReconciliationAction;
using static Dashboard.Domain.Tests.Reconciliation.Snapshots;

namespace Dashboard.Domain.Tests.Reconciliation;

public class DecisionTableTests
{
    private static readonly DecisionTable Table = DecisionTable.Standard(TimeSpan.FromMinutes(60));

    /// <summary>One case per row of the table: the row it must hit and the actions it must propose.</summary>
    public static TheoryData<string, GatewaySnapshot, LedgerSnapshot, ReconciliationAction[]> Rows => new()
    {
        { "missing-reference", GatewaySnapshot.NotFound, Ledger(LedgerState.Pending) with { HasGatewayReference = false }, [LookupByReference] },
        { "unknown-to-gateway", GatewaySnapshot.NotFound, Ledger(LedgerState.Authorized), [Escalate] },
        { "disputed", Gateway(GatewayStatus.Succeeded) with { Disputed = true }, Ledger(LedgerState.Captured, OrderState.AwaitingPayment), [Escalate] },
        { "amount-mismatch", Gateway(GatewayStatus.RequiresCapture) with { Amount = 2400 }, Ledger(LedgerState.Authorized), [Escalate] },
        { "amount-mismatch", Gateway(GatewayStatus.RequiresCapture) with { Currency = "usd" }, Ledger(LedgerState.Authorized), [Escalate] },
        { "partial-capture", Gateway(GatewayStatus.Succeeded) with { AmountCaptured = 1000 }, Ledger(LedgerState.Captured), [Escalate] },
        { "refund-recorded", Gateway(GatewayStatus.Succeeded) with { AmountRefunded = 2500 }, Ledger(LedgerState.Refunded, OrderState.Confirmed), [] },
        { "refund-unreconciled", Gateway(GatewayStatus.Succeeded) with { AmountRefunded = 500 }, Ledger(LedgerState.Captured, OrderState.Confirmed, true), [Escalate] },
        { "capture-and-confirm", Gateway(GatewayStatus.RequiresCapture), Ledger(LedgerState.Authorized), [Capture, ConfirmLedger] },
        { "capture-confirmed-order", Gateway(GatewayStatus.RequiresCapture), Ledger(LedgerState.Authorized, OrderState.Confirmed), [Capture] },
        { "cancel-unwanted-authorization", Gateway(GatewayStatus.RequiresCapture), Ledger(LedgerState.Authorized, OrderState.Cancelled), [Cancel] },
        { "cancel-unwanted-authorization", Gateway(GatewayStatus.RequiresCapture), Ledger(LedgerState.Pending, OrderState.Duplicate), [Cancel] },
        { "authorization-expired", Gateway(GatewayStatus.RequiresCapture) with { AuthorizationExpiresAt = Now.AddMinutes(-1) }, Ledger(LedgerState.Authorized), [MarkFailed, Escalate] },
        { "authorization-expiry-unknown", Gateway(GatewayStatus.RequiresCapture) with { AuthorizationExpiresAt = null }, Ledger(LedgerState.Authorized), [Escalate] },
        { "canceled-at-gateway", Gateway(GatewayStatus.Canceled), Ledger(LedgerState.Authorized), [MarkFailed, Escalate] },
        { "canceled-recorded", Gateway(GatewayStatus.Canceled), Ledger(LedgerState.Failed, OrderState.Cancelled), [] },
        { "confirm-captured", Gateway(GatewayStatus.Succeeded), Ledger(LedgerState.Pending), [ConfirmLedger] },
        { "confirm-captured", Gateway(GatewayStatus.Succeeded), Ledger(LedgerState.Captured), [ConfirmLedger] },
        { "refund-extra-capture", Gateway(GatewayStatus.Succeeded) with { Captures = 2 }, Ledger(LedgerState.Pending, OrderState.Confirmed, confirmed: false), [Refund] },
        { "refund-duplicate-order", Gateway(GatewayStatus.Succeeded), Ledger(LedgerState.Captured, OrderState.Duplicate), [Refund] },
        { "captured-recorded", Gateway(GatewayStatus.Succeeded), Ledger(LedgerState.Captured, OrderState.Confirmed, confirmed: true), [] },
        { "captured-recorded", Gateway(GatewayStatus.Succeeded) with { Captures = 2 }, Ledger(LedgerState.Captured, OrderState.Confirmed, confirmed: true), [] },
        { "processing-within-sla", Gateway(GatewayStatus.Processing), Ledger(LedgerState.Pending), [Wait] },
        { "processing-beyond-sla", Gateway(GatewayStatus.Processing), Ledger(LedgerState.Pending) with { AttemptedAt = Now.AddMinutes(-61) }, [Escalate] },
        { "processing-beyond-sla", Gateway(GatewayStatus.Processing), Ledger(LedgerState.Pending) with { AttemptedAt = null }, [Escalate] },
        { "declined-marked-paid", Gateway(GatewayStatus.RequiresPaymentMethod), Ledger(LedgerState.Captured, OrderState.Confirmed, true), [CorrectLedger, Escalate] },
        { "declined-order-confirmed", Gateway(GatewayStatus.RequiresPaymentMethod), Ledger(LedgerState.Pending, OrderState.Confirmed), [CorrectLedger, Escalate] },
        { "declined-recorded", Gateway(GatewayStatus.RequiresPaymentMethod), Ledger(LedgerState.Failed), [] },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void Classify_RowCase_ProposesTheRowsActions(string rowId, GatewaySnapshot gateway, LedgerSnapshot ledger, ReconciliationAction[] actions)
    {
        var classification = Table.Classify(gateway, ledger, Now);

        Assert.Equal(rowId, classification.RowId);
        Assert.Equal(actions, classification.Actions);
        Assert.Equal(Table.Rows.Single(r => r.Id == rowId).Rule, classification.Rule);
    }

    [Fact]
    public void Rows_EveryRow_IsCoveredByACaseAndHasARuleInWords()
    {
        var covered = Rows.Select(row => (string)row[0]).ToHashSet();

        Assert.All(Table.Rows, row =>
        {
            Assert.Contains(row.Id, covered);
            Assert.True(row.Rule.Length > 20, $"{row.Id} needs its rule in words");
            Assert.NotEqual("any", row.Gateway.Describe() + row.Ledger.Describe());
        });
        Assert.Equal(Table.Rows.Count, Table.Rows.Select(r => r.Id).Distinct().Count());
    }

    public static TheoryData<GatewaySnapshot, LedgerSnapshot> UnknownCombinations => new()
    {
        // The customer has not finished paying: no row says what to do.
        { Gateway(GatewayStatus.RequiresAction), Ledger(LedgerState.Pending) },
        { Gateway(GatewayStatus.RequiresConfirmation), Ledger(LedgerState.Authorized) },
        // Captured for a cancelled order: refund or ship is a business decision.
        { Gateway(GatewayStatus.Succeeded), Ledger(LedgerState.Captured, OrderState.Cancelled) },
        // Captured twice and the order still waits: which capture pays it is not the table's call.
        { Gateway(GatewayStatus.Succeeded) with { Captures = 2 }, Ledger(LedgerState.Captured, OrderState.AwaitingPayment) },
        // The ledger says refunded, the gateway shows no refund.
        { Gateway(GatewayStatus.Succeeded), Ledger(LedgerState.Refunded, OrderState.Confirmed, true) },
        // Cancelled at the gateway, captured in the ledger.
        { Gateway(GatewayStatus.Canceled), Ledger(LedgerState.Captured, OrderState.Confirmed, true) },
        // Declined, order still waiting: the customer may still pay.
        { Gateway(GatewayStatus.RequiresPaymentMethod), Ledger(LedgerState.Pending) },
    };

    [Theory]
    [MemberData(nameof(UnknownCombinations))]
    public void Classify_CombinationNoRowCovers_EscalatesAndSaysSo(GatewaySnapshot gateway, LedgerSnapshot ledger)
    {
        var classification = Table.Classify(gateway, ledger, Now);

        Assert.True(classification.IsUnknownCombination);
        Assert.Equal([Escalate], classification.Actions);
        Assert.Contains(gateway.Status.ToWire(), classification.Rule);
        Assert.Contains(ledger.State.ToWire(), classification.Rule);
        Assert.Contains("never guesses", classification.Rule);
    }

    [Theory]
    [InlineData(59, "processing-within-sla")]
    [InlineData(60, "processing-beyond-sla")]
    [InlineData(600, "processing-beyond-sla")]
    public void Classify_ProcessingAge_WaitsUntilTheSlaThenEscalates(int minutesInFlight, string rowId)
    {
        var ledger = Ledger(LedgerState.Pending) with { AttemptedAt = Now.AddMinutes(-minutesInFlight) };

        var classification = Table.Classify(Gateway(GatewayStatus.Processing), ledger, Now);

        Assert.Equal(rowId, classification.RowId);
    }

    [Fact]
    public void Standard_CustomSla_MovesTheBoundaryAndNamesItInTheRule()
    {
        var table = DecisionTable.Standard(TimeSpan.FromMinutes(10));
        var ledger = Ledger(LedgerState.Pending) with { AttemptedAt = Now.AddMinutes(-15) };

        var classification = table.Classify(Gateway(GatewayStatus.Processing), ledger, Now);

        Assert.Equal("processing-beyond-sla", classification.RowId);
        Assert.Contains("10 minutes", classification.Rule);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(60 * 24 * 31)]
    public void Standard_SlaOutOfRange_IsRefused(int minutes)
    {
        var error = Assert.Throws<DomainException>(() => DecisionTable.Standard(TimeSpan.FromMinutes(minutes)));

        Assert.Contains("processing SLA", error.Message);
    }

    [Fact]
    public void Classify_AuthorizationExpiresExactlyNow_IsExpired()
    {
        var gateway = Gateway(GatewayStatus.RequiresCapture) with { AuthorizationExpiresAt = Now };

        Assert.Equal("authorization-expired", Table.Classify(gateway, Ledger(LedgerState.Authorized), Now).RowId);
    }

    [Fact]
    public void Classify_DisputeOutranksEveryFix()
    {
        var gateway = Gateway(GatewayStatus.RequiresCapture) with { Disputed = true };

        Assert.Equal("disputed", Table.Classify(gateway, Ledger(LedgerState.Authorized), Now).RowId);
    }

    [Fact]
    public void Classify_CurrencyCaseDiffers_StillMatches()
    {
        var classification = Table.Classify(Gateway(GatewayStatus.RequiresCapture) with { Currency = "EUR" }, Ledger(LedgerState.Authorized), Now);

        Assert.Equal("capture-and-confirm", classification.RowId);
    }
}
