using Dashboard.Domain.Reconciliation;
using Polly.CircuitBreaker;
using Polly.Timeout;
using Stripe;

namespace Dashboard.Infrastructure.Payments;

/// <summary>Turns what Stripe.net and the resilience pipeline throw into typed gateway errors whose message names the fix.</summary>
internal static class StripeErrorMapper
{
    public static PaymentGatewayException Map(Exception exception, string operation, PaymentGatewayOptions options)
    {
        if (exception is StripeException stripe)
        {
            var status = (int)stripe.HttpStatusCode;
            var code = stripe.StripeError?.Code;
            var detail = stripe.StripeError?.Message ?? stripe.Message;
            return status switch
            {
                401 => new(PaymentGatewayErrorKind.Authentication,
                    $"The gateway refused the API key (401) while trying to {operation} ({detail}): set PaymentGateway:ApiKey (the environment variable PaymentGateway__ApiKey) to the account's secret key, restart the dashboard, then resume.",
                    status, code, exception),
                403 => new(PaymentGatewayErrorKind.Authentication,
                    $"The gateway refused the API key (403: it may not {operation}; {detail}): give the key that permission, or set PaymentGateway:ApiKey (the environment variable PaymentGateway__ApiKey) to one that has it and restart the dashboard, then resume.",
                    status, code, exception),
                429 => new(PaymentGatewayErrorKind.RateLimited,
                    $"The payment gateway still answered 'too many requests' after {options.MaxRetries} retries while trying to {operation}. Lower PaymentGateway:RequestsPerSecond (now {options.RequestsPerSecond}) below the account's limit, then resume.",
                    status, code, exception),
                404 => new(PaymentGatewayErrorKind.NotFound, $"The payment gateway has no such payment ({detail}).", status, code, exception),
                400 when stripe.StripeError?.Type == "idempotency_error" => new(PaymentGatewayErrorKind.IdempotencyConflict,
                    $"The idempotency key was used before for a different request while trying to {operation} ({detail}). The plan changed after the key was fixed: classify and preview the run again.",
                    status, code, exception),
                400 when code is "payment_intent_unexpected_state" or "charge_already_refunded" or "charge_disputed" => new(PaymentGatewayErrorKind.InvalidState,
                    $"The payment's state does not allow this ({detail}): read it again; it changed since it was classified.", status, code, exception),
                >= 500 => Unavailable($"the gateway failed with {status} ({detail})", operation, exception, status),
                _ => new(PaymentGatewayErrorKind.InvalidRequest, $"The payment gateway refused the request to {operation} with {status}: {detail}", status, code, exception),
            };
        }
        return Innermost(exception) switch
        {
            TimeoutRejectedException or TaskCanceledException or TimeoutException => new(PaymentGatewayErrorKind.Timeout,
                $"The payment gateway did not answer in time while trying to {operation} (PaymentGateway:TimeoutSeconds is {options.TimeoutSeconds}, {options.MaxRetries} retries). The call may have taken effect: retry it with the same idempotency key, never a new one.",
                null, null, exception),
            BrokenCircuitException => new(PaymentGatewayErrorKind.CircuitOpen,
                $"The payment gateway failed too often, so the dashboard stopped calling it for {options.CircuitBreakSeconds} s (circuit breaker open) while trying to {operation}. Check the gateway's status page; calls start again by themselves once it answers.",
                null, null, exception),
            HttpRequestException http => Unavailable($"the gateway could not be reached ({http.Message})", operation, exception, null),
            _ => Unavailable(exception.Message, operation, exception, null),
        };
    }

    private static PaymentGatewayException Unavailable(string why, string operation, Exception exception, int? status) =>
        new(PaymentGatewayErrorKind.Unavailable,
            $"The payment gateway is unavailable while trying to {operation}: {why}. Nothing is lost: retry later with the same idempotency key.",
            status, null, exception);

    private static Exception Innermost(Exception exception)
    {
        // Stripe.net wraps transport failures; the cause that says what happened is the innermost one we recognise.
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is TimeoutRejectedException or BrokenCircuitException or HttpRequestException or TimeoutException) return current;
        }
        return exception;
    }
}
