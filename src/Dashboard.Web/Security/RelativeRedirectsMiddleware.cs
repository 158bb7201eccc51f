namespace Dashboard.Web.Security;

/// <summary>
/// Every redirect to this dashboard itself leaves as a path ("/account/login?…"), never as a URL built from the Host header a
/// client sent, and always as escaped ASCII. Redirects elsewhere (the identity provider) are left alone.
/// </summary>
public sealed class RelativeRedirectsMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(static state =>
        {
            MakeRelative((HttpContext)state);
            return Task.CompletedTask;
        }, context);
        return next(context);
    }

    internal static void MakeRelative(HttpContext context)
    {
        var location = context.Response.Headers.Location.ToString();
        if (location.Length == 0) return;
        var request = context.Request;
        var self = new Uri($"{request.Scheme}://{(request.Host.HasValue ? request.Host.Value : "localhost")}/");
        if (!Uri.TryCreate(self, location, out var target)) return;
        if (target.IsAbsoluteUri && (target.Host != self.Host || target.Port != self.Port)) return;
        context.Response.Headers.Location = target.PathAndQuery + target.Fragment;
    }
}
