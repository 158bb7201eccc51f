using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Net.Http.Headers;

namespace Dashboard.Web.Security;

/// <summary>
/// A state-changing API call authenticated by the session cookie must carry the content type its endpoint reads (JSON, or YAML
/// for the catalog import). A page on another site, even one on another port of the same host, can make a browser send the
/// cookie with a form or plain text (or with no body at all) but not with those types, so such requests are refused with 415
/// before anything runs. Scripts that send the cookie and the right content type are unaffected; forms have antiforgery tokens.
/// </summary>
public sealed class CrossSiteRequestGuardMiddleware(RequestDelegate next)
{
    private static readonly string[] DefaultAccepted = ["application/json"];
    // The content types a cross-site form or a "simple" fetch may send without asking the server first (CORS).
    private static readonly string[] CrossSiteSendable = ["application/x-www-form-urlencoded", "multipart/form-data", "text/plain"];

    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var endpoint = context.GetEndpoint();
        if (endpoint is null || !ApiChallengeResponses.IsApi(request) || IsSafe(request.Method))
            return next(context);
        // A JSON endpoint sent another type is routed to the framework's bare 415 endpoint, which has no metadata: JSON it is.
        IReadOnlyList<string> accepted = endpoint.Metadata.GetMetadata<RequiredContentType>() is { } required ? [required.MediaType]
            : endpoint.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes is { Count: > 0 } types ? types
            : DefaultAccepted;
        var sent = MediaTypeHeaderValue.TryParse(request.ContentType, out var parsed) ? parsed.MediaType.Value : null;
        if (sent is not null
            && !CrossSiteSendable.Contains(sent, StringComparer.OrdinalIgnoreCase)
            && accepted.Contains(sent, StringComparer.OrdinalIgnoreCase))
            return next(context);
        return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: $"Send this request as {string.Join(" or ", accepted)}",
            detail: $"Content type '{sent ?? "(none)"}' is not accepted here: send the body with Content-Type: {string.Join(" or ", accepted)} "
                + "(an empty JSON body is '{}'). Forms, plain text and requests without a content type are refused, because another site could send them with your session.",
            extensions: new Dictionary<string, object?> { ["accepted"] = accepted })
            .ExecuteAsync(context);
    }

    private static bool IsSafe(string method) =>
        HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method) || HttpMethods.IsTrace(method);
}
