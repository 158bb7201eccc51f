using Dashboard.Domain.Catalog;
using Dashboard.Domain.Scanning;

namespace Dashboard.Domain.BlastRadius;

/// <summary>
/// Links the HttpClients a service's code registers to the catalog's components, by the first of these that names
/// exactly one component: the configuration key of the base address (<c>Downstream:InventoryService:BaseUrl</c> ↔
/// <c>inventory-service</c>), the client or typed-client name (<c>InventoryClient</c> ↔ <c>inventory-service</c>), or the
/// URL (an endpoint's host, or a host named like the component, <c>http://inventory-service</c>). Names are compared
/// ignoring case and separators, then without words like Client, Service or Api.
/// </summary>
internal static class HttpClientLinker
{
    private static readonly string[] AddressWords = ["baseurl", "baseaddress", "url", "uri", "endpoint", "host", "address", "serviceurl"];
    private static readonly string[] NoiseSuffixes = ["httpclient", "client", "service", "svc", "api", "proxy"];

    public static IReadOnlyList<CodeCall> Link(IReadOnlyList<ServiceScan> scans, ServiceCatalog? catalog)
    {
        var components = catalog?.Services ?? [];
        var calls = new List<CodeCall>();
        foreach (var scan in scans)
            foreach (var client in scan.HttpClients)
                calls.Add(Link(scan.Name, client, components));
        return calls;
    }

    private static CodeCall Link(string caller, HttpClientResilience client, IReadOnlyList<Service> components)
    {
        var others = components.Where(c => !string.Equals(c.Name, caller, StringComparison.OrdinalIgnoreCase)).ToList();
        var tried = new List<string>();
        if (client.BaseAddressKey is { } key)
        {
            var segments = key.Split(':', StringSplitOptions.RemoveEmptyEntries)
                .Where(s => !AddressWords.Contains(Normalize(s)))
                .Reverse()
                .ToList();
            foreach (var segment in segments)
                if (ByName(segment, others) is { } target)
                    return Linked(caller, client, target.Name, $"its base address is read from {key}, which names {target.Name}");
            tried.Add($"base-address key {key}");
        }
        if (ByName(client.Name, others) is { } named)
            return Linked(caller, client, named.Name, $"its {(client.TypedClient ? "typed-client" : "client")} name '{client.Name}' names {named.Name}");
        tried.Add($"{(client.TypedClient ? "typed-client" : "client")} name '{client.Name}'");
        if (client.BaseAddress is { } url)
        {
            if (ByUrl(url, others) is ({ } hosted, { } how))
                return Linked(caller, client, hosted.Name, $"its base address {url} {how}");
            tried.Add($"URL {url}");
        }
        return new CodeCall(caller, client.Name, null,
            $"no catalog component matches its {string.Join(", ", tried)}; add the component to the catalog or name the client after it",
            RetryDescription(client), client.File, client.Line);
    }

    private static CodeCall Linked(string caller, HttpClientResilience client, string target, string why) =>
        new(caller, client.Name, target, why, RetryDescription(client), client.File, client.Line);

    private static Service? ByName(string name, IReadOnlyList<Service> components)
    {
        var exact = components.Where(c => Normalize(c.Name) == Normalize(name)).ToList();
        if (exact.Count == 1) return exact[0];
        var core = Core(name, IsInterfaceName(name));
        if (core.Length < 3) return null;
        var loose = components.Where(c => Core(c.Name, false) == core).ToList();
        return loose.Count == 1 ? loose[0] : null;
    }

    private static (Service Target, string How)? ByUrl(string url, IReadOnlyList<Service> components)
    {
        // Service discovery schemes ("https+http://inventory") are URLs too once the scheme is plain.
        var plain = url.Contains("+", StringComparison.Ordinal) ? "http" + url[url.IndexOf("://", StringComparison.Ordinal)..] : url;
        if (!Uri.TryCreate(plain, UriKind.Absolute, out var address))
            return null;
        var byEndpoint = components.Where(c => c.Endpoints.Any(e => string.Equals(e.BaseUrl.Host, address.Host, StringComparison.OrdinalIgnoreCase))).ToList();
        if (byEndpoint.Count == 1)
            return (byEndpoint[0], $"is {byEndpoint[0].Name}'s endpoint host {address.Host}");
        var firstLabel = address.Host.Split('.')[0];
        return ByName(firstLabel, components) is { } named ? (named, $"is a host named like {named.Name}") : null;
    }

    public static string RetryDescription(HttpClientResilience client)
    {
        var breaker = client.CircuitBreaker ? "with a circuit breaker" : "no circuit breaker";
        var defaults = client.FromDefaults ? " (from ConfigureHttpClientDefaults)" : "";
        return client.Retry switch
        {
            HttpRetryKind.None => $"no retries, {breaker}{defaults}",
            HttpRetryKind.Immediate => $"{Attempts(client)} immediately, without backoff, {breaker}{defaults}",
            _ => $"{Attempts(client)} with backoff, {breaker}{defaults}",
        };
    }

    private static string Attempts(HttpClientResilience client) =>
        client.Attempts == int.MaxValue ? "retries forever" : $"retries {client.Attempts} time{(client.Attempts == 1 ? "" : "s")}";

    private static bool IsInterfaceName(string name) => name.Length > 1 && name[0] == 'I' && char.IsUpper(name[1]);

    private static string Normalize(string name) => string.Concat(name.Where(char.IsLetterOrDigit)).ToLowerInvariant();

    private static string Core(string name, bool isInterface)
    {
        var core = Normalize(isInterface ? name[1..] : name);
        for (var stripped = true; stripped;)
        {
            stripped = false;
            foreach (var suffix in NoiseSuffixes)
                if (core.Length > suffix.Length && core.EndsWith(suffix, StringComparison.Ordinal))
                {
                    core = core[..^suffix.Length];
                    stripped = true;
                }
        }
        return core;
    }
}
