using System.Globalization;
using Azure;
using Dashboard.Domain.ConfigStores;

namespace Dashboard.Infrastructure.AppConfiguration;

/// <summary>Turns an unsuccessful data-plane response into the <see cref="ConfigStoreException"/> the user sees.</summary>
internal static class ErrorResponseMapper
{
    public static ConfigStoreException Map(Response response, ConfigStoreRequest request, Uri endpoint, bool createOnly = false)
    {
        var problem = ProblemDetails.TryRead(response.Content);
        var explanation = problem?.Explanation;
        var (key, label) = (request.Key, request.Label);
        return response.Status switch
        {
            409 when problem?.IsKeyLocked == true && key is not null => ConfigStoreErrors.Locked(key, label),
            412 when key is not null => createOnly ? ConfigStoreErrors.AlreadyExists(key, label) : ConfigStoreErrors.ETagMismatch(key, label),
            404 when key is not null => ConfigStoreErrors.NotFound(key, label),
            // A listing has no key to be missing: a 404 there means the endpoint is not a store.
            404 => ConfigStoreErrors.StoreNotFound(request, endpoint),
            401 => ConfigStoreErrors.Unauthorized(request, explanation ?? AuthenticateError(response)),
            403 => ConfigStoreErrors.Forbidden(request, explanation),
            429 => ConfigStoreErrors.Throttled(request, RetryAfter(response)),
            >= 500 => ConfigStoreErrors.Unavailable(request, response.Status, explanation),
            _ => ConfigStoreErrors.InvalidRequest(response.Status, explanation ?? response.ReasonPhrase, key, label),
        };
    }

    // A 401 often explains itself only in WWW-Authenticate, e.g. error_description="The access token has expired".
    private static string? AuthenticateError(Response response)
    {
        if (!response.Headers.TryGetValue("WWW-Authenticate", out var header))
            return null;
        const string marker = "error_description=\"";
        var start = header.IndexOf(marker, StringComparison.OrdinalIgnoreCase);
        if (start < 0)
            return null;
        start += marker.Length;
        var end = header.IndexOf('"', start);
        return end > start ? header[start..end] : null;
    }

    private static TimeSpan? RetryAfter(Response response)
    {
        if (response.Headers.TryGetValue("retry-after-ms", out var ms) && double.TryParse(ms, NumberStyles.Float, CultureInfo.InvariantCulture, out var milliseconds))
            return TimeSpan.FromMilliseconds(milliseconds);
        if (response.Headers.TryGetValue("Retry-After", out var seconds) && double.TryParse(seconds, NumberStyles.Float, CultureInfo.InvariantCulture, out var wait))
            return TimeSpan.FromSeconds(wait);
        return null;
    }
}
