using Microsoft.Extensions.Options;

namespace Dashboard.Infrastructure.Payments;

/// <summary>
/// Where the adapter sends requests and with which key: the configured gateway, or the embedded sandbox once it has started on
/// its loopback port. One per process.
/// </summary>
public sealed class PaymentGatewayEndpoint(IOptions<PaymentGatewayOptions> options)
{
    private volatile Uri? _apiBase = Uri.TryCreate(options.Value.ApiBase, UriKind.Absolute, out var configured) ? configured : null;
    private volatile string _apiKey = options.Value.ApiKey;

    public Uri ApiBase => _apiBase
        ?? throw new InvalidOperationException("The payment gateway has no address yet: the embedded sandbox has not started, or PaymentGateway:ApiBase is empty.");

    public string ApiKey => _apiKey;

    /// <summary>Points the adapter at the sandbox that just started; its key is used unless one was configured.</summary>
    public void UseSandbox(Uri apiBase, string sandboxKey)
    {
        _apiBase = apiBase;
        if (string.IsNullOrWhiteSpace(_apiKey)) _apiKey = sandboxKey;
    }
}
