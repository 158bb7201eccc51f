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
    /// <summary>Prefix: <c>dashboard/instances.production: http://10.0.0.4:8080, http://10.0.0.5:8080</c>, each instance probed on its own.</summary>
    public const string InstancesPrefix = "dashboard/instances.";
    /// <summary>The 5xx rate thresholds, degraded then unhealthy: <c>dashboard/health.error-rate: 1%, 10%</c>.</summary>
    public const string HealthErrorRate = "dashboard/health.error-rate";
    /// <summary>The 4xx rate thresholds, degraded then unhealthy: <c>dashboard/health.client-error-rate: 10%, 20%</c>.</summary>
    public const string HealthClientErrorRate = "dashboard/health.client-error-rate";
    /// <summary>The p95 latency thresholds, degraded then unhealthy: <c>dashboard/health.p95: 800ms, 3s</c>.</summary>
    public const string HealthP95 = "dashboard/health.p95";
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
    /// <summary>On a Resource: how long it takes to accept connections again after a client drops its own, <c>dashboard/reconnect-time: 8-12s</c>.</summary>
    public const string ReconnectTime = "dashboard/reconnect-time";
    /// <summary>On a Component: the name of the store Resource the service reads its configuration from.</summary>
    public const string ConfigStore = "dashboard/config-store";
}
