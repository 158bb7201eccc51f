using Dashboard.Infrastructure.AppConfiguration;
using Microsoft.AspNetCore.Http.Features;

namespace Dashboard.Web.Endpoints;

/// <summary>
/// Lets through only requests signed the App Configuration way (HMAC-SHA256) with the configured read key; with no
/// key configured the endpoint does not exist (404). GET requests only, so the body signed is empty.
/// </summary>
internal sealed class LocalStoreReadAuthentication(HmacRequestVerifier? verifier, TimeProvider time) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (verifier is null)
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "App Configuration read endpoint is off",
                detail: $"Set {LocalStoreReadAccess.SectionName}:Id and :Secret in the dashboard's settings to let services read the local stores.");

        var request = http.Request;
        // The signature covers the request target exactly as sent; Path is already unescaped.
        var target = http.Features.Get<IHttpRequestFeature>()?.RawTarget ?? $"{request.PathBase}{request.Path}{request.QueryString}";
        var failure = verifier.Verify(request.Method, target, request.Host.Value ?? "", request.Headers.Authorization,
            request.Headers["x-ms-date"], request.Headers["x-ms-content-sha256"], [], time.GetUtcNow());
        if (failure is null)
            return await next(context);
        http.Response.Headers.WWWAuthenticate = "HMAC-SHA256 error=\"invalid_token\"";
        return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Invalid access key signature", detail: failure);
    }
}
