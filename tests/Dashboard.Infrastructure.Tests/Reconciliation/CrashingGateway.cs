using Dashboard.Domain.Reconciliation;

namespace Dashboard.Infrastructure.Tests.Reconciliation;

/// <summary>
/// The real gateway, except that the first write "crashes" the process: before the request is sent, or after the gateway
/// answered and before the dashboard could record it. Reads pass through.
/// </summary>
internal sealed class CrashingGateway(IPaymentGateway inner, bool afterCall) : IPaymentGateway
{
    public string? CrashedOn { get; private set; }

    public string Name => inner.Name;

    public Task<GatewayPayment?> GetPaymentAsync(string reference, CancellationToken cancellationToken = default) => inner.GetPaymentAsync(reference, cancellationToken);

    public Task<IReadOnlyList<GatewayPayment>> FindByMerchantReferenceAsync(string merchantReference, CancellationToken cancellationToken = default) =>
        inner.FindByMerchantReferenceAsync(merchantReference, cancellationToken);

    public Task<GatewayPayment> CaptureAsync(string reference, long? amount, string idempotencyKey, CancellationToken cancellationToken = default) =>
        WriteAsync(reference, () => inner.CaptureAsync(reference, amount, idempotencyKey, cancellationToken));

    public Task<GatewayPayment> CancelAsync(string reference, string idempotencyKey, CancellationToken cancellationToken = default) =>
        WriteAsync(reference, () => inner.CancelAsync(reference, idempotencyKey, cancellationToken));

    public Task<GatewayRefund> RefundAsync(string reference, long? amount, string idempotencyKey, CancellationToken cancellationToken = default) =>
        WriteAsync(reference, () => inner.RefundAsync(reference, amount, idempotencyKey, cancellationToken));

    private async Task<T> WriteAsync<T>(string reference, Func<Task<T>> write)
    {
        if (CrashedOn is not null) return await write();
        CrashedOn = reference;
        if (afterCall) await write();
        throw new SimulatedCrashException();
    }
}
