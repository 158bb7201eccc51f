namespace Dashboard.Web.Security;

/// <summary>
/// A CSP that MudBlazor and Blazor Server work under (MudBlazor sets inline styles; Blazor needs no eval),
/// no framing, no MIME sniffing. Form posts may also go to the identity provider when one is configured.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next, string contentSecurityPolicy)
{
    public static string BuildPolicy(string? identityProviderOrigin) =>
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
        + "connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; "
        + $"form-action 'self'{(identityProviderOrigin is null ? "" : " " + identityProviderOrigin)}";

    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = contentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        return next(context);
    }
}
