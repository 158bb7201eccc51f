using System.Text.Json.Nodes;

namespace Dashboard.PaymentSandbox;

/// <summary>Renders the sandbox's state as Stripe's JSON objects: payment_intent, charge, refund, search_result.</summary>
public static class StripeObjects
{
    public static JsonObject Intent(SandboxIntent intent, bool expandCharge)
    {
        var metadata = new JsonObject();
        foreach (var (key, value) in intent.Metadata) metadata[key] = value;
        return new JsonObject
        {
            ["id"] = intent.Id,
            ["object"] = "payment_intent",
            ["amount"] = intent.Amount,
            ["amount_capturable"] = intent.Status == SandboxIntent.RequiresCapture ? intent.Amount : 0,
            ["amount_received"] = intent.AmountReceived,
            ["canceled_at"] = intent.CanceledAt,
            ["cancellation_reason"] = intent.CancellationReason,
            ["capture_method"] = intent.CaptureMethod,
            ["confirmation_method"] = "automatic",
            ["created"] = intent.Created,
            ["currency"] = intent.Currency,
            ["last_payment_error"] = intent.LastErrorCode is null ? null : new JsonObject
            {
                ["type"] = "card_error",
                ["code"] = intent.LastErrorCode,
                ["message"] = "Your card was declined.",
            },
            ["latest_charge"] = intent.ChargeId is null ? null : expandCharge ? Charge(intent) : JsonValue.Create(intent.ChargeId),
            ["livemode"] = false,
            ["metadata"] = metadata,
            ["payment_method_types"] = new JsonArray("card"),
            ["status"] = intent.Status,
        };
    }

    public static JsonObject Charge(SandboxIntent intent) => new()
    {
        ["id"] = intent.ChargeId,
        ["object"] = "charge",
        ["amount"] = intent.Amount,
        ["amount_captured"] = intent.AmountReceived,
        ["amount_refunded"] = intent.AmountRefunded,
        ["captured"] = intent.AmountReceived > 0,
        ["created"] = intent.Created,
        ["currency"] = intent.Currency,
        ["disputed"] = intent.Disputed,
        ["livemode"] = false,
        ["paid"] = true,
        ["payment_intent"] = intent.Id,
        ["payment_method_details"] = new JsonObject
        {
            ["type"] = "card",
            ["card"] = new JsonObject { ["brand"] = "visa", ["last4"] = "4242", ["capture_before"] = intent.CaptureBefore },
        },
        ["refunded"] = intent.AmountReceived > 0 && intent.AmountRefunded >= intent.AmountReceived,
        ["status"] = "succeeded",
    };

    public static JsonObject Refund(SandboxRefund refund) => new()
    {
        ["id"] = refund.Id,
        ["object"] = "refund",
        ["amount"] = refund.Amount,
        ["charge"] = refund.Charge,
        ["created"] = refund.Created,
        ["currency"] = refund.Currency,
        ["payment_intent"] = refund.PaymentIntent,
        ["status"] = refund.Status,
    };

    public static JsonObject SearchResult(IEnumerable<SandboxIntent> intents, bool expandCharge) => new()
    {
        ["object"] = "search_result",
        ["data"] = new JsonArray([.. intents.Select(i => (JsonNode)Intent(i, expandCharge))]),
        ["has_more"] = false,
        ["next_page"] = null,
        ["url"] = "/v1/payment_intents/search",
    };
}
