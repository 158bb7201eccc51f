using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Dashboard.PaymentSandbox;

/// <summary>
/// PaymentIntents and Refunds with Stripe's documented state rules: capture only from requires_capture, cancel only before
/// success, refund only what was captured and not refunded, an authorisation past its capture_before reads as canceled.
/// </summary>
public sealed class PaymentIntentsApi(SandboxStore store, TimeProvider time)
{
    public const string VisaCard = "pm_card_visa";
    public const string DeclinedCard = "pm_card_chargeDeclined";
    public const int MaxAmount = 99_999_999;
    private static readonly TimeSpan AuthorizationLifetime = TimeSpan.FromDays(7);

    public async Task<StripeResponse> RetrieveAsync(string id, SandboxRequest request, CancellationToken cancellationToken)
    {
        var intent = await store.GetIntentAsync(id, cancellationToken);
        return intent is null
            ? StripeResponse.Missing("payment_intent", id)
            : StripeResponse.Ok(StripeObjects.Intent(Expire(intent), ExpandsCharge(request)));
    }

    public async Task<StripeResponse> SearchAsync(SandboxRequest request, CancellationToken cancellationToken)
    {
        var query = MetadataQuery.TryParse(request["query"]);
        if (query is null)
            return StripeResponse.InvalidRequest(
                $"The sandbox searches by metadata only: query must look like metadata['order_id']:'1234' (optionally AND status:'succeeded'), at most {MetadataQuery.MaxLength} characters.",
                "query");
        var limit = 10;
        if (request["limit"] is { } limitText && (!int.TryParse(limitText, CultureInfo.InvariantCulture, out limit) || limit is < 1 or > 100))
            return StripeResponse.InvalidRequest("limit must be an integer from 1 to 100.", "limit");
        var intents = await store.SearchByMetadataAsync(query.Key, query.Value, query.Status, limit, cancellationToken);
        return StripeResponse.Ok(StripeObjects.SearchResult(intents.Select(Expire), ExpandsCharge(request)));
    }

    public async Task<StripeResponse> CreateAsync(SandboxRequest request, SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        if (request.FirstUnknown("amount", "currency", "capture_method", "confirm", "payment_method", "description", "metadata[", "expand[") is { } unknown)
            return StripeResponse.InvalidRequest($"Received unknown parameter: {unknown}", unknown, "parameter_unknown");
        if (!long.TryParse(request["amount"], CultureInfo.InvariantCulture, out var amount) || amount is < 1 or > MaxAmount)
            return StripeResponse.InvalidRequest($"amount must be a positive integer in the currency's smallest unit, at most {MaxAmount}.", "amount");
        var currency = request["currency"]?.ToLowerInvariant();
        if (currency is null || currency.Length != 3 || !currency.All(char.IsAsciiLetterLower))
            return StripeResponse.InvalidRequest("currency must be a three-letter ISO code such as 'eur'.", "currency");
        var captureMethod = request["capture_method"] ?? "automatic";
        if (captureMethod is not ("automatic" or "manual"))
            return StripeResponse.InvalidRequest("capture_method must be 'automatic' or 'manual'.", "capture_method");
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in request.WithPrefix("metadata["))
        {
            var name = key["metadata[".Length..].TrimEnd(']');
            if (name.Length is 0 or > 40 || value.Length > 500)
                return StripeResponse.InvalidRequest("metadata keys are 1 to 40 characters and values at most 500.", key);
            metadata[name] = value;
        }
        var confirm = string.Equals(request["confirm"], "true", StringComparison.Ordinal);
        var paymentMethod = request["payment_method"] ?? (confirm ? VisaCard : null);
        if (paymentMethod is not (null or VisaCard or DeclinedCard))
            return StripeResponse.InvalidRequest($"No such PaymentMethod: '{paymentMethod}'; the sandbox knows {VisaCard} and {DeclinedCard}.", "payment_method", "resource_missing");

        var now = time.GetUtcNow();
        var intent = new SandboxIntent(SandboxIds.New("pi_"), amount, currency, SandboxIntent.RequiresPaymentMethod, captureMethod, 0, 0, false, metadata,
            now.ToUnixTimeSeconds(), null, null, null, null, null);
        if (!confirm)
        {
            if (paymentMethod is not null) intent = intent with { Status = SandboxIntent.RequiresConfirmation };
        }
        else if (paymentMethod == DeclinedCard)
        {
            intent = intent with { LastErrorCode = "card_declined" };
            await SandboxStore.SaveIntentAsync(connection, transaction, intent, cancellationToken);
            var declined = StripeResponse.Error(StatusCodes.Status402PaymentRequired, "card_error", "card_declined", "Your card was declined.");
            return declined;
        }
        else
        {
            var charge = SandboxIds.New("ch_");
            intent = captureMethod == "manual"
                ? intent with { Status = SandboxIntent.RequiresCapture, ChargeId = charge, CaptureBefore = now.Add(AuthorizationLifetime).ToUnixTimeSeconds() }
                : intent with { Status = SandboxIntent.Succeeded, ChargeId = charge, AmountReceived = amount };
        }
        await SandboxStore.SaveIntentAsync(connection, transaction, intent, cancellationToken);
        return StripeResponse.Ok(StripeObjects.Intent(intent, ExpandsCharge(request)));
    }

    public async Task<StripeResponse> CaptureAsync(string id, SandboxRequest request, SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        if (request.FirstUnknown("amount_to_capture", "expand[") is { } unknown)
            return StripeResponse.InvalidRequest($"Received unknown parameter: {unknown}", unknown, "parameter_unknown");
        var intent = await SandboxStore.GetIntentAsync(connection, transaction, id, cancellationToken);
        if (intent is null) return StripeResponse.Missing("payment_intent", id);
        intent = Expire(intent);
        if (intent.Status != SandboxIntent.RequiresCapture)
            return UnexpectedState(intent,
                $"This PaymentIntent could not be captured because it has a status of {intent.Status}. Only a PaymentIntent with one of the following statuses may be captured: requires_capture.");
        var amount = intent.Amount;
        if (request["amount_to_capture"] is { } text && (!long.TryParse(text, CultureInfo.InvariantCulture, out amount) || amount < 1 || amount > intent.Amount))
            return StripeResponse.InvalidRequest($"amount_to_capture must be a positive integer no greater than the authorised amount ({intent.Amount}).", "amount_to_capture");

        var now = time.GetUtcNow().ToUnixTimeSeconds();
        intent = intent with { Status = SandboxIntent.Succeeded, AmountReceived = amount };
        await SandboxStore.SaveIntentAsync(connection, transaction, intent, cancellationToken);
        await SandboxStore.RecordEffectAsync(connection, transaction, intent.Id, "capture", now, cancellationToken);
        return StripeResponse.Ok(StripeObjects.Intent(intent, ExpandsCharge(request)));
    }

    public async Task<StripeResponse> CancelAsync(string id, SandboxRequest request, SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        if (request.FirstUnknown("cancellation_reason", "expand[") is { } unknown)
            return StripeResponse.InvalidRequest($"Received unknown parameter: {unknown}", unknown, "parameter_unknown");
        var reason = request["cancellation_reason"];
        if (reason is not (null or "duplicate" or "fraudulent" or "requested_by_customer" or "abandoned"))
            return StripeResponse.InvalidRequest("cancellation_reason must be one of duplicate, fraudulent, requested_by_customer, abandoned.", "cancellation_reason");
        var intent = await SandboxStore.GetIntentAsync(connection, transaction, id, cancellationToken);
        if (intent is null) return StripeResponse.Missing("payment_intent", id);
        intent = Expire(intent);
        if (!SandboxIntent.CancelableStatuses.Contains(intent.Status))
            return UnexpectedState(intent,
                $"You cannot cancel this PaymentIntent because it has a status of {intent.Status}. Only a PaymentIntent with one of the following statuses may be canceled: {string.Join(", ", SandboxIntent.CancelableStatuses)}.");

        var now = time.GetUtcNow().ToUnixTimeSeconds();
        intent = intent with { Status = SandboxIntent.Canceled, CanceledAt = now, CancellationReason = reason };
        await SandboxStore.SaveIntentAsync(connection, transaction, intent, cancellationToken);
        await SandboxStore.RecordEffectAsync(connection, transaction, intent.Id, "cancel", now, cancellationToken);
        return StripeResponse.Ok(StripeObjects.Intent(intent, ExpandsCharge(request)));
    }

    public async Task<StripeResponse> RefundAsync(SandboxRequest request, SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        if (request.FirstUnknown("payment_intent", "amount", "reason", "metadata[", "expand[") is { } unknown)
            return StripeResponse.InvalidRequest($"Received unknown parameter: {unknown}", unknown, "parameter_unknown");
        if (request["payment_intent"] is not { Length: > 0 } id)
            return StripeResponse.InvalidRequest("Provide payment_intent: the sandbox refunds by PaymentIntent.", "payment_intent", "parameter_missing");
        var intent = await SandboxStore.GetIntentAsync(connection, transaction, id, cancellationToken);
        if (intent is null) return StripeResponse.Missing("payment_intent", id);
        if (intent.Status != SandboxIntent.Succeeded || intent.AmountReceived == 0)
            return UnexpectedState(intent, $"This PaymentIntent ({id}) does not have a successful charge to refund.");
        if (intent.Disputed)
            return StripeResponse.Error(StatusCodes.Status400BadRequest, "invalid_request_error", "charge_disputed",
                $"Charge {intent.ChargeId} has been charged back; cannot issue a refund.");
        var refundable = intent.AmountReceived - intent.AmountRefunded;
        if (refundable <= 0)
            return StripeResponse.Error(StatusCodes.Status400BadRequest, "invalid_request_error", "charge_already_refunded",
                $"Charge {intent.ChargeId} has already been refunded.");
        var amount = refundable;
        if (request["amount"] is { } text && (!long.TryParse(text, CultureInfo.InvariantCulture, out amount) || amount < 1 || amount > refundable))
            return StripeResponse.InvalidRequest($"Refund amount must be a positive integer no greater than the unrefunded amount ({refundable}).", "amount", "amount_too_large");

        var now = time.GetUtcNow().ToUnixTimeSeconds();
        var refund = new SandboxRefund(SandboxIds.New("re_"), intent.Id, intent.ChargeId, amount, intent.Currency, "succeeded", now);
        await SandboxStore.SaveIntentAsync(connection, transaction, intent with { AmountRefunded = intent.AmountRefunded + amount }, cancellationToken);
        await SandboxStore.SaveRefundAsync(connection, transaction, refund, cancellationToken);
        await SandboxStore.RecordEffectAsync(connection, transaction, intent.Id, "refund", now, cancellationToken);
        return StripeResponse.Ok(StripeObjects.Refund(refund));
    }

    /// <summary>An authorisation past its capture_before reads as canceled (Stripe cancels it automatically).</summary>
    private SandboxIntent Expire(SandboxIntent intent) =>
        intent.Status == SandboxIntent.RequiresCapture && intent.CaptureBefore is { } deadline && time.GetUtcNow().ToUnixTimeSeconds() >= deadline
            ? intent with { Status = SandboxIntent.Canceled, CanceledAt = deadline, CancellationReason = "automatic" }
            : intent;

    private static bool ExpandsCharge(SandboxRequest request) =>
        request.WithPrefix("expand[").Any(p => string.Equals(p.Value, "latest_charge", StringComparison.Ordinal));

    private static StripeResponse UnexpectedState(SandboxIntent intent, string message) =>
        StripeResponse.Error(StatusCodes.Status400BadRequest, "invalid_request_error", "payment_intent_unexpected_state", message);
}
