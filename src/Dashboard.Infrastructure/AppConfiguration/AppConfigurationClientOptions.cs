using Azure.Core;

namespace Dashboard.Infrastructure.AppConfiguration;

/// <summary>
/// Pipeline options for <see cref="AppConfigurationClient"/>. The inherited <see cref="ClientOptions.Retry"/> governs
/// throttling: 429 and 503 are retried, waiting as long as the service's retry-after-ms header asks.
/// </summary>
public sealed class AppConfigurationClientOptions : ClientOptions
{
    public const string DefaultApiVersion = "2023-11-01";

    /// <summary>The data-plane REST version sent as api-version.</summary>
    public string ApiVersion { get; set; } = DefaultApiVersion;

    /// <summary>Clock for the HMAC x-ms-date header; replaceable in tests.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>The store's catalog name, used in every error message; the endpoint's host when not set.</summary>
    public string? StoreName { get; set; }

    /// <summary>
    /// How the client authenticates, as told on 401 and 403 (e.g. where the connection string came from); never a secret.
    /// When not set the client says which access key id or which kind of Entra ID credential it used.
    /// </summary>
    public string? CredentialDescription { get; set; }
}
