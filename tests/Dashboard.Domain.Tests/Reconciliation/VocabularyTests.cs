using Dashboard.Domain.Reconciliation;

namespace Dashboard.Domain.Tests.Reconciliation;

public class VocabularyTests
{
    [Fact]
    public void WireNames_AreExactlyTheApisVocabulary()
    {
        Assert.Equal(
            ["requires_payment_method", "requires_confirmation", "requires_action", "processing", "requires_capture", "canceled", "succeeded", "not_found"],
            Enum.GetValues<GatewayStatus>().Select(s => s.ToWire()));
        Assert.Equal(["pending", "authorized", "captured", "failed", "refunded"], Enum.GetValues<LedgerState>().Select(s => s.ToWire()));
        Assert.Equal(["awaiting_payment", "confirmed", "cancelled", "duplicate"], Enum.GetValues<OrderState>().Select(s => s.ToWire()));
        Assert.Equal(
            ["capture", "cancel", "refund", "confirm_ledger", "lookup_by_reference", "wait", "mark_failed", "correct_ledger", "escalate"],
            Enum.GetValues<ReconciliationAction>().Select(a => a.ToWire()));
    }

    [Fact]
    public void Parse_EveryWireName_RoundTrips()
    {
        Assert.All(Enum.GetValues<GatewayStatus>(), s => Assert.Equal(s, ReconciliationVocabulary.ParseGatewayStatus(s.ToWire())));
        Assert.All(Enum.GetValues<LedgerState>(), s => Assert.Equal(s, ReconciliationVocabulary.ParseLedgerState(s.ToWire())));
        Assert.All(Enum.GetValues<OrderState>(), s => Assert.Equal(s, ReconciliationVocabulary.ParseOrderState(s.ToWire())));
        Assert.All(Enum.GetValues<ReconciliationAction>(), a => Assert.Equal(a, ReconciliationVocabulary.ParseAction(a.ToWire())));
    }

    [Theory]
    [InlineData("cancelled")]
    [InlineData("RequiresCapture")]
    [InlineData("")]
    public void ParseGatewayStatus_UnknownName_NamesTheFieldAndTheAcceptedValues(string value)
    {
        var error = Assert.Throws<DomainException>(() => ReconciliationVocabulary.ParseGatewayStatus(value));

        Assert.Contains("gateway.status", error.Message);
        Assert.Contains("requires_capture", error.Message);
    }

    [Fact]
    public void ParseLedgerState_FieldOfAListItem_NamesThatItemInTheMessage()
    {
        var error = Assert.Throws<DomainException>(() => ReconciliationVocabulary.ParseLedgerState("paid", "[3].ledger.state"));

        Assert.StartsWith("[3].ledger.state is 'paid'", error.Message);
        Assert.Contains("pending, authorized, captured, failed, refunded", error.Message);
    }
}
