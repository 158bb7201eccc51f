namespace Dashboard.Analysis.Catalog;

/// <summary>The <c>metadata.annotations</c> the dashboard reads from Backstage descriptors.</summary>
public static class BackstageAnnotations
{
    /// <summary>Backstage's own: <c>dir:../src/billing-api</c>, relative to the descriptor file.</summary>
    public const string SourceLocation = "backstage.io/source-location";
    /// <summary>The service's source folder relative to the scanned source root.</summary>
    public const string SourcePath = "dashboard/source-path";
    /// <summary>Prefix: <c>dashboard/endpoint.production: https://billing-api.contoso.com</c>.</summary>
    public const string EndpointPrefix = "dashboard/endpoint.";
    /// <summary>Comma-separated App Configuration key filters the service reads: <c>Orders:*, tax.rate.default</c>.</summary>
    public const string ConfigKeys = "dashboard/config-keys";
    public const string LivenessPath = "dashboard/liveness-path";
    public const string ReadinessPath = "dashboard/readiness-path";
    /// <summary>Prefix: <c>dashboard/retry.billing-api: attempts=3, backoff=none, timeout=10s, circuitBreaker=false</c>.</summary>
    public const string RetryPrefix = "dashboard/retry.";
    /// <summary>On a Resource of type azure-app-configuration: the store's endpoint, e.g. <c>https://orders-config.azconfig.io</c>.</summary>
    public const string StoreEndpoint = "dashboard/appconfig-endpoint";
    /// <summary>On a store Resource: <c>entra-id</c> (the default) or <c>connection-string</c>; never the secret itself.</summary>
    public const string StoreAuthentication = "dashboard/appconfig-auth";
    /// <summary>Prefix, on a store Resource: <c>dashboard/appconfig-label.production: production</c>; empty is the null label.</summary>
    public const string StoreLabelPrefix = "dashboard/appconfig-label.";
    /// <summary>On a Component: the name of the store Resource the service reads its configuration from.</summary>
    public const string ConfigStore = "dashboard/config-store";
}
