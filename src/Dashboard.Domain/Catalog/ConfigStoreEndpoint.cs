using System.Net;

namespace Dashboard.Domain.Catalog;

/// <summary>
/// The rules for a store's endpoint, the same wherever it is given (page, API, Backstage, connection string): an absolute
/// https URL of the store's host alone; http only on the loopback, for a local emulator; never credentials in it.
/// </summary>
public static class ConfigStoreEndpoint
{
    public const int MaxLength = 2048;

    public static Uri Parse(string? text, string store)
    {
        if (string.IsNullOrWhiteSpace(text))
            throw new DomainException($"Store '{store}' needs its endpoint, e.g. https://{store}.azconfig.io.");
        var trimmed = text.Trim();
        if (trimmed.Length > MaxLength || !Uri.TryCreate(trimmed, UriKind.Absolute, out var endpoint))
            throw new DomainException($"'{Shorten(trimmed)}' is not an absolute URL; give the store's endpoint, e.g. https://{store}.azconfig.io.");
        return Validate(endpoint, store);
    }

    public static Uri Validate(Uri endpoint, string store)
    {
        if (!endpoint.IsAbsoluteUri || (endpoint.Scheme != Uri.UriSchemeHttps && endpoint.Scheme != Uri.UriSchemeHttp))
            throw new DomainException($"The endpoint of store '{store}' must be an https URL such as https://{store}.azconfig.io, not '{endpoint}'.");
        if (!string.IsNullOrEmpty(endpoint.UserInfo))
            throw new DomainException($"The endpoint of store '{store}' must not carry credentials; give them in the connection settings instead.");
        if (endpoint.Scheme == Uri.UriSchemeHttp && !IsLoopback(endpoint))
            throw new DomainException(
                $"The endpoint of store '{store}' uses http on '{endpoint.Host}': requests and their signatures would travel unencrypted. Use https; http is allowed only on the loopback (127.0.0.1, ::1, localhost) for a local emulator.");
        if (endpoint.AbsolutePath != "/" || endpoint.Query.Length > 0 || endpoint.Fragment.Length > 0)
            throw new DomainException($"The endpoint of store '{store}' is its scheme, host and port only, e.g. https://{store}.azconfig.io; remove '{endpoint.PathAndQuery}{endpoint.Fragment}'.");
        return new Uri(endpoint.GetLeftPart(UriPartial.Authority));
    }

    public static bool IsLoopback(Uri endpoint) =>
        endpoint.IsLoopback || (IPAddress.TryParse(endpoint.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + "…";
}
