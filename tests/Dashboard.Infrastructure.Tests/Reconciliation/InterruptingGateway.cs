using Dashboard.Domain.Reconciliation;

namespace Dashboard.Infrastructure.Tests.Reconciliation;

/// <summary>The real gateway, except that an operator's action (a pause, a cancel) happens while its Nth capture is being sent.</summary>
internal sealed class InterruptingGateway(IPaymentGateway inner, int atCapture, Func<Task> interrupt) : IPaymentGateway
{
    private int _captures;

    public string Name => inner.Name;

    public Task<GatewayPayment?> GetPaymentAsync(string reference, CancellationToken cancellationToken = default) => inner.GetPaymentAsync(reference, cancellationToken);

    public Task<IReadOnlyList<GatewayPayment>> FindByMerchantReferenceAsync(string merchantReference, CancellationToken cancellationToken = default) =>
        inner.FindByMerchantReferenceAsync(merchantReference, cancellationToken);

    public async Task<GatewayPayment> CaptureAsync(string reference, long? amount, string idempotencyKey, CancellationToken cancellationToken = default)
    {
        if (Interlocked.Increment(ref _captures) == atCapture) await interrupt();
        return await inner.CaptureAsync(reference, amount, idempotencyKey, cancellationToken);
    }

    public Task<GatewayPayment> CancelAsync(string reference, string idempotencyKey, CancellationToken cancellationToken = default) =>
        inner.CancelAsync(reference, idempotencyKey, cancellationToken);

    public Task<GatewayRefund> RefundAsync(string reference, long? amount, string idempotencyKey, CancellationToken cancellationToken = default) =>
        inner.RefundAsync(reference, amount, idempotencyKey, cancellationToken);
}
