namespace Dashboard.Domain.ConfigStores;

/// <summary>Why no answer came back from a store at all: each has its own fix.</summary>
public enum ConfigStoreFault
{
    /// <summary>The host name does not resolve: a misspelt endpoint, or a deleted store.</summary>
    Dns,
    /// <summary>Nothing listens at the endpoint's host and port.</summary>
    ConnectionRefused,
    /// <summary>The TLS handshake failed: wrong host name, untrusted certificate, or a proxy in the way.</summary>
    Tls,
    /// <summary>The store did not answer in time, retries included.</summary>
    Timeout,
    /// <summary>Any other network failure.</summary>
    Network,
}
