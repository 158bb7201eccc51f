using System.Text.Json;
using System.Text.Json.Nodes;

namespace Dashboard.PaymentSandbox;

/// <summary>Registers the sandbox's services and maps its endpoints; the standalone program and the in-process server share it.</summary>
public static class PaymentSandboxApp
{
    public const int MaxControlBodyBytes = 4096;
    private static readonly JsonSerializerOptions ControlJson = new(JsonSerializerDefaults.Web);

    public static WebApplication Build(WebApplicationBuilder builder, PaymentSandboxOptions options, TimeProvider? time = null)
    {
        var problems = options.Validate();
        if (problems.Count > 0) throw new InvalidOperationException(string.Join(Environment.NewLine, problems));
        var services = builder.Services;
        services.AddSingleton(options);
        services.AddSingleton(time ?? TimeProvider.System);
        services.AddSingleton(_ => new SandboxStore(options.DatabasePath));
        services.AddSingleton<FaultInjector>();
        services.AddSingleton<SandboxStats>();
        services.AddSingleton<PaymentIntentsApi>();
        services.AddSingleton<StripeRequestPipeline>();
        var app = builder.Build();
        Map(app);
        return app;
    }

    /// <summary>Creates the store's tables; call once before serving.</summary>
    public static Task InitializeAsync(this WebApplication app, CancellationToken cancellationToken = default) =>
        app.Services.GetRequiredService<SandboxStore>().InitializeAsync(cancellationToken);

    private static void Map(WebApplication app)
    {
        var v1 = app.MapGroup("/v1");
        v1.MapGet("/payment_intents/search", (HttpContext context, StripeRequestPipeline pipeline, PaymentIntentsApi api) =>
            pipeline.ReadAsync(context, api.SearchAsync));
        v1.MapGet("/payment_intents/{id}", (HttpContext context, string id, StripeRequestPipeline pipeline, PaymentIntentsApi api) =>
            pipeline.ReadAsync(context, (request, ct) => api.RetrieveAsync(id, request, ct)));
        v1.MapPost("/payment_intents", (HttpContext context, StripeRequestPipeline pipeline, PaymentIntentsApi api) =>
            pipeline.WriteAsync(context, api.CreateAsync));
        v1.MapPost("/payment_intents/{id}/capture", (HttpContext context, string id, StripeRequestPipeline pipeline, PaymentIntentsApi api) =>
            pipeline.WriteAsync(context, (request, connection, transaction, ct) => api.CaptureAsync(id, request, connection, transaction, ct)));
        v1.MapPost("/payment_intents/{id}/cancel", (HttpContext context, string id, StripeRequestPipeline pipeline, PaymentIntentsApi api) =>
            pipeline.WriteAsync(context, (request, connection, transaction, ct) => api.CancelAsync(id, request, connection, transaction, ct)));
        v1.MapPost("/refunds", (HttpContext context, StripeRequestPipeline pipeline, PaymentIntentsApi api) =>
            pipeline.WriteAsync(context, api.RefundAsync));

        var control = app.MapGroup("/_sandbox");
        control.MapGet("/stats", StatsAsync);
        control.MapPost("/faults", AddFaultAsync);
        control.MapDelete("/faults", (HttpContext context, StripeRequestPipeline pipeline, FaultInjector faults) =>
        {
            if (!pipeline.IsAuthorized(context)) return StripeRequestPipeline.WriteAsync(context, pipeline.Unauthorized(context));
            faults.Clear();
            context.Response.StatusCode = StatusCodes.Status204NoContent;
            return Task.CompletedTask;
        });

        app.MapFallback((HttpContext context) => StripeRequestPipeline.WriteAsync(context, StripeResponse.Error(StatusCodes.Status404NotFound,
            "invalid_request_error", null, $"Unrecognized request URL ({context.Request.Method}: {context.Request.Path}). The sandbox serves PaymentIntents (create, retrieve, capture, cancel, search) and Refunds (create).")));
    }

    private static async Task StatsAsync(HttpContext context, StripeRequestPipeline pipeline, SandboxStats stats, SandboxStore store)
    {
        if (!pipeline.IsAuthorized(context))
        {
            await StripeRequestPipeline.WriteAsync(context, pipeline.Unauthorized(context));
            return;
        }
        var effects = await store.EffectCountsAsync(context.RequestAborted);
        var intents = new JsonObject();
        foreach (var group in effects.GroupBy(e => e.Intent, StringComparer.Ordinal))
            intents[group.Key] = new JsonObject([.. group.Select(e => KeyValuePair.Create(e.Kind, (JsonNode?)e.Count))]);
        int Total(string kind) => effects.Where(e => e.Kind == kind).Sum(e => e.Count);
        var body = new JsonObject
        {
            ["requests"] = stats.Requests,
            ["rate_limited"] = stats.RateLimited,
            ["idempotent_replays"] = stats.IdempotentReplays,
            ["idempotency_conflicts"] = stats.IdempotencyConflicts,
            ["injected_faults"] = stats.InjectedFaults,
            ["authentication_failures"] = stats.AuthenticationFailures,
            ["captures"] = Total("capture"),
            ["cancels"] = Total("cancel"),
            ["refunds"] = Total("refund"),
            // An intent captured, cancelled or refunded more than once by the API is a duplicate effect.
            ["duplicate_effects"] = new JsonArray([.. effects.Where(e => e.Count > 1).Select(e => (JsonNode)$"{e.Intent}:{e.Kind}")]),
            ["intents"] = intents,
        };
        await StripeRequestPipeline.WriteAsync(context, StripeResponse.Ok(body));
    }

    private static async Task AddFaultAsync(HttpContext context, StripeRequestPipeline pipeline, FaultInjector faults)
    {
        if (!pipeline.IsAuthorized(context))
        {
            await StripeRequestPipeline.WriteAsync(context, pipeline.Unauthorized(context));
            return;
        }
        var body = await ReadLimitedAsync(context.Request.Body, MaxControlBodyBytes, context.RequestAborted);
        if (body is null)
        {
            await StripeRequestPipeline.WriteAsync(context, StripeResponse.InvalidRequest($"Send one fault rule as JSON of at most {MaxControlBodyBytes} bytes."));
            return;
        }
        FaultRule? rule;
        try
        {
            rule = JsonSerializer.Deserialize<FaultRule>(body, ControlJson);
        }
        catch (JsonException ex)
        {
            await StripeRequestPipeline.WriteAsync(context, StripeResponse.InvalidRequest($"The fault rule is not valid JSON: {ex.Message}"));
            return;
        }
        if (rule?.Problem() is { } problem || rule is null)
        {
            await StripeRequestPipeline.WriteAsync(context, StripeResponse.InvalidRequest($"The fault rule was refused: {rule?.Problem() ?? "the body is empty"}"));
            return;
        }
        faults.Add(rule);
        context.Response.StatusCode = StatusCodes.Status204NoContent;
    }

    /// <summary>The body, or null when it is empty or longer than <paramref name="limit"/> bytes.</summary>
    private static async Task<byte[]?> ReadLimitedAsync(Stream body, int limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit) return null;
            await buffer.WriteAsync(chunk.AsMemory(0, read), cancellationToken);
        }
        return buffer.Length == 0 ? null : buffer.ToArray();
    }
}
