namespace Dashboard.Web.Hosting;

/// <summary>
/// The <c>ForwardedHeaders</c> settings: the reverse proxies (or their networks) whose X-Forwarded-For and X-Forwarded-Proto are
/// believed. Empty (the default) believes no one, so a client cannot claim another address or HTTPS.
/// </summary>
public sealed class ForwardedHeadersSettings
{
    public const string SectionName = "ForwardedHeaders";

    /// <summary>Proxy addresses, e.g. <c>10.0.0.4</c>.</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Proxy networks in CIDR notation, e.g. <c>10.0.0.0/24</c>.</summary>
    public string[] KnownNetworks { get; set; } = [];

    public bool IsConfigured => KnownProxies.Length > 0 || KnownNetworks.Length > 0;
}
