using Dashboard.PaymentSandbox;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Dashboard.Infrastructure.Payments;

/// <summary>
/// Starts the Stripe-compatible sandbox in-process on loopback when <see cref="PaymentGatewayOptions.EmbeddedSandbox"/> is on,
/// points the adapter at it, and stops it with the host. Its state lives in <c>{DataFolder}/payment-sandbox.db</c>.
/// </summary>
public sealed class EmbeddedPaymentSandbox(
    IOptions<PaymentGatewayOptions> options,
    PaymentGatewayEndpoint endpoint,
    string dataFolder,
    ILogger<EmbeddedPaymentSandbox> logger) : IHostedService, IAsyncDisposable
{
    private PaymentSandboxServer? _server;

    /// <summary>The running sandbox, or null when it is not embedded or not started yet.</summary>
    public PaymentSandboxServer? Server => _server;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.EmbeddedSandbox) return;
        var sandbox = new PaymentSandboxOptions
        {
            DatabasePath = Path.Combine(Path.GetFullPath(dataFolder), "payment-sandbox.db"),
            RequestsPerSecond = settings.SandboxRequestsPerSecond,
        };
        _server = await PaymentSandboxServer.StartAsync(sandbox, $"http://127.0.0.1:{settings.SandboxPort}", cancellationToken: cancellationToken);
        endpoint.UseSandbox(_server.BaseAddress, sandbox.ApiKey);
        logger.LogInformation("Payment gateway sandbox (Stripe API subset) listening at {Address}, {Limit} requests/s", _server.BaseAddress, sandbox.RequestsPerSecond);
    }

    public async Task StopAsync(CancellationToken cancellationToken) => await DisposeAsync();

    public async ValueTask DisposeAsync()
    {
        var server = Interlocked.Exchange(ref _server, null);
        if (server is not null) await server.DisposeAsync();
    }
}
