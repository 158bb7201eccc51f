using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Primitives;

namespace Dashboard.PaymentSandbox;

/// <summary>
/// What every API request goes through, in Stripe's order: the API key, the per-second rate limit, injected faults, the
/// parameters (with limits), and for writes the idempotency layer, which replays a saved response for a repeated key and
/// refuses a key reused with different parameters.
/// </summary>
public sealed class StripeRequestPipeline(PaymentSandboxOptions options, SandboxStore store, FaultInjector faults, SandboxStats stats, TimeProvider time)
    : IAsyncDisposable
{
    public const string IdempotencyHeader = "Idempotency-Key";
    public const int MaxIdempotencyKeyLength = 255;

    private readonly FixedWindowRateLimiter _limiter = new(new FixedWindowRateLimiterOptions
    {
        PermitLimit = options.RequestsPerSecond,
        Window = TimeSpan.FromSeconds(1),
        QueueLimit = 0,
        AutoReplenishment = true,
    });

    public Task ReadAsync(HttpContext context, Func<SandboxRequest, CancellationToken, Task<StripeResponse>> endpoint) =>
        HandleAsync(context, async (request, ct) => (await endpoint(request, ct), false));

    public Task WriteAsync(HttpContext context, Func<SandboxRequest, SqliteConnection, SqliteTransaction, CancellationToken, Task<StripeResponse>> endpoint) =>
        HandleAsync(context, (request, ct) => ExecuteIdempotentlyAsync(context, request, endpoint, ct));

    /// <summary>Answers 401 unless the request carries the sandbox's key; used by the control endpoints too.</summary>
    public bool IsAuthorized(HttpContext context)
    {
        var presented = PresentedKey(context.Request.Headers.Authorization);
        return presented is not null
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(options.ApiKey));
    }

    public static Task WriteAsync(HttpContext context, StripeResponse response, bool replayed = false)
    {
        context.Response.StatusCode = response.StatusCode;
        context.Response.ContentType = "application/json";
        context.Response.Headers["Request-Id"] = SandboxIds.New("req_");
        if (replayed) context.Response.Headers["Idempotent-Replayed"] = "true";
        if (response.StatusCode is 429 or >= 500) context.Response.Headers["Stripe-Should-Retry"] = "true";
        return context.Response.WriteAsync(response.Body, context.RequestAborted);
    }

    public StripeResponse Unauthorized(HttpContext context)
    {
        stats.AuthenticationFailure();
        var presented = PresentedKey(context.Request.Headers.Authorization);
        var message = presented is null
            ? "You did not provide an API key. Provide it as a Bearer token in the Authorization header (Authorization: Bearer sk_test_...)."
            : $"Invalid API Key provided: {Mask(presented)}";
        return StripeResponse.Error(StatusCodes.Status401Unauthorized, "invalid_request_error", null, message);
    }

    private async Task HandleAsync(HttpContext context, Func<SandboxRequest, CancellationToken, Task<(StripeResponse Response, bool Replayed)>> handle)
    {
        try
        {
            await ServeAsync(context, handle);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The caller gave up (a client timeout during an injected delay): there is nobody left to answer.
        }
    }

    private async Task ServeAsync(HttpContext context, Func<SandboxRequest, CancellationToken, Task<(StripeResponse Response, bool Replayed)>> handle)
    {
        var ct = context.RequestAborted;
        stats.Request();
        if (!IsAuthorized(context))
        {
            await WriteAsync(context, Unauthorized(context));
            return;
        }
        using var lease = _limiter.AttemptAcquire();
        if (!lease.IsAcquired)
        {
            stats.RateLimit();
            await WriteAsync(context, StripeResponse.Error(StatusCodes.Status429TooManyRequests, "invalid_request_error", "rate_limit",
                $"Request rate limit exceeded: the sandbox allows {options.RequestsPerSecond} requests per second. Slow down and retry with exponential backoff."));
            return;
        }
        var fault = faults.Take(context.Request.Method, context.Request.Path.Value ?? "");
        if (fault is not null) stats.Fault();
        if (fault is { Kind: FaultRule.Error, StatusCode: FaultRule.Forbidden })
        {
            await WriteAsync(context, StripeResponse.Error(fault.StatusCode, "invalid_request_error", null,
                "The provided key does not have the required permissions for this endpoint (an injected sandbox fault)."));
            return;
        }
        if (fault is { Kind: FaultRule.Error })
        {
            await WriteAsync(context, StripeResponse.Error(fault.StatusCode, "api_error", null, "An injected sandbox fault: the request was not executed. Retry it with the same idempotency key."));
            return;
        }
        if (fault is { Kind: FaultRule.Delay, AfterEffect: false }) await Task.Delay(fault.DelayMs, ct);

        var (request, refusal) = await ReadRequestAsync(context);
        var (response, replayed) = refusal is not null ? (refusal, false) : await handle(request!, ct);

        if (fault is { Kind: FaultRule.Delay, AfterEffect: true }) await Task.Delay(fault.DelayMs, ct);
        await WriteAsync(context, response, replayed);
    }

    private async Task<(StripeResponse, bool)> ExecuteIdempotentlyAsync(
        HttpContext context, SandboxRequest request, Func<SandboxRequest, SqliteConnection, SqliteTransaction, CancellationToken, Task<StripeResponse>> endpoint, CancellationToken ct)
    {
        var key = context.Request.Headers[IdempotencyHeader].ToString();
        if (key.Length > MaxIdempotencyKeyLength)
            return (StripeResponse.InvalidRequest($"Idempotency-Key is {key.Length} characters; keys are at most {MaxIdempotencyKeyLength}.", IdempotencyHeader), false);
        var fingerprint = request.Fingerprint();
        var now = time.GetUtcNow().ToUnixTimeSeconds();
        // The whole exchange runs in the store's write transaction, so the effect and its saved response commit together;
        // the request's own abort token is not passed: a client that gives up must not roll back an effect half-way.
        return await store.WriteAsync(async (connection, transaction) =>
        {
            if (key.Length > 0 && await SandboxStore.GetIdempotentAsync(connection, transaction, options.ApiKey, key, CancellationToken.None) is { } saved)
            {
                if (!string.Equals(saved.Fingerprint, fingerprint, StringComparison.Ordinal))
                {
                    stats.Conflict();
                    return (StripeResponse.Error(StatusCodes.Status400BadRequest, "idempotency_error", null,
                        $"Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '{key}' if you meant to execute a different request.")
                        with { Saveable = false }, false);
                }
                stats.Replay();
                return (saved.Response, true);
            }
            var response = await endpoint(request, connection, transaction, CancellationToken.None);
            if (key.Length > 0 && response.Saveable)
                await SandboxStore.SaveIdempotentAsync(connection, transaction, options.ApiKey, key, fingerprint, response, now, CancellationToken.None);
            return (response, false);
        }, ct);
    }

    private async Task<(SandboxRequest?, StripeResponse?)> ReadRequestAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "";
        var parameters = new List<KeyValuePair<string, string>>();
        if (HttpMethods.IsGet(context.Request.Method))
        {
            if (context.Request.Query.Count > options.MaxFormFields)
                return (null, StripeResponse.InvalidRequest($"The request has {context.Request.Query.Count} parameters; the sandbox takes at most {options.MaxFormFields}."));
            Add(parameters, context.Request.Query);
            return (new SandboxRequest(context.Request.Method, path, parameters), null);
        }
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size) size.MaxRequestBodySize = options.MaxRequestBytes;
        if (context.Request.ContentLength > options.MaxRequestBytes)
            return (null, StripeResponse.InvalidRequest($"The request body has {context.Request.ContentLength} bytes; the sandbox takes at most {options.MaxRequestBytes}."));
        if (context.Request.ContentLength is null or 0)
            return (new SandboxRequest(context.Request.Method, path, parameters), null);
        if (!context.Request.HasFormContentType)
            return (null, StripeResponse.InvalidRequest("Send parameters form-encoded (Content-Type: application/x-www-form-urlencoded), as Stripe's API takes them."));
        try
        {
            var form = await context.Request.ReadFormAsync(
                new FormOptions { ValueCountLimit = options.MaxFormFields, KeyLengthLimit = 200, ValueLengthLimit = 5000, BufferBody = false }, context.RequestAborted);
            foreach (var (key, values) in form) Add(parameters, key, values);
        }
        catch (Exception ex) when (ex is InvalidDataException or BadHttpRequestException)
        {
            return (null, StripeResponse.InvalidRequest($"The form body could not be read: {ex.Message}"));
        }
        return (new SandboxRequest(context.Request.Method, path, parameters), null);
    }

    private static void Add(List<KeyValuePair<string, string>> parameters, IQueryCollection query)
    {
        foreach (var (key, values) in query) Add(parameters, key, values);
    }

    private static void Add(List<KeyValuePair<string, string>> parameters, string key, StringValues values)
    {
        foreach (var value in values) parameters.Add(new(key, value ?? ""));
    }

    private static string? PresentedKey(StringValues header)
    {
        if (!AuthenticationHeaderValue.TryParse(header.ToString(), out var value) || string.IsNullOrEmpty(value.Parameter)) return null;
        if (string.Equals(value.Scheme, "Bearer", StringComparison.OrdinalIgnoreCase)) return value.Parameter;
        if (!string.Equals(value.Scheme, "Basic", StringComparison.OrdinalIgnoreCase)) return null;
        try
        {
            // Stripe takes the key as the Basic user name with an empty password.
            var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(value.Parameter));
            return decoded.Split(':', 2)[0];
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static string Mask(string key) => key.Length <= 8 ? "****" : $"{key[..7]}****{key[^4..]}";

    public ValueTask DisposeAsync() => _limiter.DisposeAsync();
}
