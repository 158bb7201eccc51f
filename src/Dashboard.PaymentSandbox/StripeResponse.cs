using System.Text.Json.Nodes;

namespace Dashboard.PaymentSandbox;

/// <summary>A status code and JSON body, as an endpoint produced it or as the idempotency layer replays it.</summary>
public sealed record StripeResponse(int StatusCode, string Body)
{
    /// <summary>
    /// False for a request refused before the endpoint began executing (bad parameters): Stripe saves no idempotent result
    /// for it, so the caller may fix the request and retry with the same key.
    /// </summary>
    public bool Saveable { get; init; } = true;

    public static StripeResponse Ok(JsonObject body) => new(StatusCodes.Status200OK, body.ToJsonString());

    /// <summary>Stripe's error envelope: <c>{"error": {"type", "code", "message", "param"}}</c>.</summary>
    public static StripeResponse Error(int statusCode, string type, string? code, string message, string? param = null)
    {
        var error = new JsonObject { ["type"] = type, ["message"] = message };
        if (code is not null)
        {
            error["code"] = code;
            error["doc_url"] = $"https://stripe.com/docs/error-codes/{code.Replace('_', '-')}";
        }
        if (param is not null) error["param"] = param;
        return new StripeResponse(statusCode, new JsonObject { ["error"] = error }.ToJsonString());
    }

    /// <summary>A request refused on its parameters, before execution began: not saved for its idempotency key.</summary>
    public static StripeResponse InvalidRequest(string message, string? param = null, string? code = null) =>
        Error(StatusCodes.Status400BadRequest, "invalid_request_error", code ?? (param is null ? null : "parameter_invalid"), message, param) with { Saveable = false };

    public static StripeResponse Missing(string kind, string id) =>
        Error(StatusCodes.Status404NotFound, "invalid_request_error", "resource_missing", $"No such {kind}: '{id}'", "id");

    public bool IsSuccess => StatusCode is >= 200 and < 300;
}
