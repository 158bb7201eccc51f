using Dashboard.Domain.Reconciliation;
using Microsoft.Extensions.Options;
using Stripe;

namespace Dashboard.Infrastructure.Payments;

/// <summary>
/// <see cref="IPaymentGateway"/> on Stripe's own client library, over the resilient, rate-limited HttpClient of this process.
/// Stripe.net's retries are off (the resilience handler retries, keeping each write's idempotency key). Reads expand the latest
/// charge for the refunded amount, the dispute flag and the authorisation's expiry.
/// </summary>
public sealed class StripePaymentGateway(IHttpClientFactory httpClients, PaymentGatewayEndpoint endpoint, IOptions<PaymentGatewayOptions> options) : IPaymentGateway
{
    private static readonly List<string> ExpandCharge = ["latest_charge"];

    public string Name => "Stripe";

    public async Task<GatewayPayment?> GetPaymentAsync(string reference, CancellationToken cancellationToken = default)
    {
        try
        {
            var intent = await Intents().GetAsync(reference, new PaymentIntentGetOptions { Expand = ExpandCharge }, cancellationToken: cancellationToken);
            return ToPayment(intent);
        }
        catch (StripeException ex) when ((int)ex.HttpStatusCode == 404)
        {
            return null;
        }
        catch (Exception ex) when (IsGatewayFailure(ex, cancellationToken))
        {
            throw StripeErrorMapper.Map(ex, $"read payment {reference}", options.Value);
        }
    }

    public async Task<IReadOnlyList<GatewayPayment>> FindByMerchantReferenceAsync(string merchantReference, CancellationToken cancellationToken = default)
    {
        var escaped = merchantReference.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal);
        try
        {
            var result = await Intents().SearchAsync(new PaymentIntentSearchOptions
            {
                Query = $"metadata['{options.Value.MerchantReferenceKey}']:'{escaped}'",
                Limit = 100,
                Expand = ["data.latest_charge"],
            }, cancellationToken: cancellationToken);
            return [.. result.Data.Select(ToPayment).OrderByDescending(p => p.CreatedAt)];
        }
        catch (Exception ex) when (IsGatewayFailure(ex, cancellationToken))
        {
            throw StripeErrorMapper.Map(ex, $"find payments of {merchantReference}", options.Value);
        }
    }

    public Task<GatewayPayment> CaptureAsync(string reference, long? amount, string idempotencyKey, CancellationToken cancellationToken = default) =>
        WriteAsync($"capture payment {reference}", idempotencyKey, cancellationToken, async request => ToPayment(await Intents().CaptureAsync(reference,
            new PaymentIntentCaptureOptions { AmountToCapture = amount, Expand = ExpandCharge }, request, cancellationToken)));

    public Task<GatewayPayment> CancelAsync(string reference, string idempotencyKey, CancellationToken cancellationToken = default) =>
        WriteAsync($"cancel payment {reference}", idempotencyKey, cancellationToken, async request => ToPayment(await Intents().CancelAsync(reference,
            new PaymentIntentCancelOptions { Expand = ExpandCharge }, request, cancellationToken)));

    public Task<GatewayRefund> RefundAsync(string reference, long? amount, string idempotencyKey, CancellationToken cancellationToken = default) =>
        WriteAsync($"refund payment {reference}", idempotencyKey, cancellationToken, async request =>
        {
            var refund = await new RefundService(Client()).CreateAsync(new RefundCreateOptions { PaymentIntent = reference, Amount = amount }, request, cancellationToken);
            return new GatewayRefund(refund.Id, refund.PaymentIntentId, refund.Amount, refund.Currency, refund.Status);
        });

    private async Task<T> WriteAsync<T>(string operation, string idempotencyKey, CancellationToken cancellationToken, Func<RequestOptions, Task<T>> call)
    {
        if (string.IsNullOrWhiteSpace(idempotencyKey) || idempotencyKey.Length > 255)
            throw new ArgumentException("Every gateway write needs an idempotency key of 1 to 255 characters, fixed when the plan was made.", nameof(idempotencyKey));
        try
        {
            return await call(new RequestOptions { IdempotencyKey = idempotencyKey });
        }
        catch (Exception ex) when (IsGatewayFailure(ex, cancellationToken))
        {
            throw StripeErrorMapper.Map(ex, operation, options.Value);
        }
    }

    /// <summary>Everything but the caller's own cancellation, which stays an <see cref="OperationCanceledException"/>.</summary>
    private static bool IsGatewayFailure(Exception exception, CancellationToken cancellationToken) =>
        exception is not PaymentGatewayException && !(exception is OperationCanceledException && cancellationToken.IsCancellationRequested);

    private PaymentIntentService Intents() => new(Client());

    private StripeClient Client() => new(new StripeClientOptions
    {
        ApiKey = endpoint.ApiKey,
        ApiBase = endpoint.ApiBase.ToString().TrimEnd('/'),
        HttpClient = new SystemNetHttpClient(httpClients.CreateClient(PaymentGatewayOptions.HttpClientName), maxNetworkRetries: 0, appInfo: null, enableTelemetry: false),
    });

    private GatewayPayment ToPayment(PaymentIntent intent)
    {
        var charge = intent.LatestCharge;
        var status = ReconciliationVocabulary.TryParseGatewayStatus(intent.Status, out var parsed)
            ? parsed
            : throw new PaymentGatewayException(PaymentGatewayErrorKind.InvalidRequest, $"The gateway reported status '{intent.Status}' for {intent.Id}, which reconciliation does not know.");
        return new GatewayPayment(
            intent.Id,
            intent.Metadata?.GetValueOrDefault(options.Value.MerchantReferenceKey),
            status,
            intent.Amount,
            intent.AmountReceived,
            charge?.AmountRefunded ?? 0,
            intent.Currency,
            charge?.Disputed ?? false,
            new DateTimeOffset(DateTime.SpecifyKind(intent.Created, DateTimeKind.Utc)),
            charge?.PaymentMethodDetails?.Card?.CaptureBefore is { } before ? new DateTimeOffset(DateTime.SpecifyKind(before, DateTimeKind.Utc)) : null);
    }
}
