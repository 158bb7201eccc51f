using Microsoft.Extensions.Options;

namespace Dashboard.Infrastructure.Payments;

/// <summary>Names the bad <c>PaymentGateway</c> setting and what it accepts.</summary>
public sealed class PaymentGatewayOptionsValidator : IValidateOptions<PaymentGatewayOptions>
{
    public ValidateOptionsResult Validate(string? name, PaymentGatewayOptions options)
    {
        var failures = new List<string>();
        const string section = PaymentGatewayOptions.SectionName;
        if (!options.EmbeddedSandbox)
        {
            if (!Uri.TryCreate(options.ApiBase, UriKind.Absolute, out var apiBase) || apiBase.Scheme is not ("https" or "http"))
                failures.Add($"{section}:ApiBase is '{options.ApiBase}'; give the gateway's API address, e.g. https://api.stripe.com, or set {section}:EmbeddedSandbox to true.");
            if (string.IsNullOrWhiteSpace(options.ApiKey))
                failures.Add($"{section}:ApiKey is empty; set the environment variable PaymentGateway__ApiKey to the gateway's secret key (never in a file).");
        }
        if (options.SandboxPort is < 0 or > 65535)
            failures.Add($"{section}:SandboxPort is {options.SandboxPort}; give 0 (any free port) to 65535.");
        if (options.SandboxRequestsPerSecond is < 1 or > 10_000)
            failures.Add($"{section}:SandboxRequestsPerSecond is {options.SandboxRequestsPerSecond}; give 1 to 10000.");
        if (options.RequestsPerSecond is < 1 or > 10_000)
            failures.Add($"{section}:RequestsPerSecond is {options.RequestsPerSecond}; give 1 to 10000, below the gateway's own limit.");
        else if (options.EmbeddedSandbox && options.RequestsPerSecond >= options.SandboxRequestsPerSecond)
            failures.Add($"{section}:RequestsPerSecond is {options.RequestsPerSecond}; keep it below the sandbox's {options.SandboxRequestsPerSecond} so the gateway never answers 429.");
        if (options.RateLimitBatch is < 1 or > 100)
            failures.Add($"{section}:RateLimitBatch is {options.RateLimitBatch}; give 1 to 100 slots reserved per database round trip (5 is a good start).");
        if (options.TimeoutSeconds is < 1 or > 120)
            failures.Add($"{section}:TimeoutSeconds is {options.TimeoutSeconds}; give 1 to 120.");
        if (options.MaxRetries is < 0 or > 10)
            failures.Add($"{section}:MaxRetries is {options.MaxRetries}; give 0 to 10.");
        if (options.RetryBaseDelayMilliseconds is < 10 or > 60_000)
            failures.Add($"{section}:RetryBaseDelayMilliseconds is {options.RetryBaseDelayMilliseconds}; give 10 to 60000.");
        if (options.CircuitBreakSeconds is < 1 or > 600)
            failures.Add($"{section}:CircuitBreakSeconds is {options.CircuitBreakSeconds}; give 1 to 600 seconds without calls after the gateway failed too often.");
        if (string.IsNullOrWhiteSpace(options.MerchantReferenceKey) || options.MerchantReferenceKey.Length > 40)
            failures.Add($"{section}:MerchantReferenceKey must be a metadata key of 1 to 40 characters, e.g. order_id.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
