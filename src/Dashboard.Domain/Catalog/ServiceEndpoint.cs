namespace Dashboard.Domain.Catalog;

/// <summary>Where one service answers in one environment, with its liveness and readiness paths probed separately.</summary>
public sealed class ServiceEndpoint
{
    public string Environment { get; private set; } = "";
    public Uri BaseUrl { get; private set; } = null!;
    public string LivenessPath { get; private set; } = "";
    public string ReadinessPath { get; private set; } = "";

    private ServiceEndpoint() { }

    public ServiceEndpoint(string environment, Uri baseUrl, string livenessPath, string readinessPath)
    {
        Environment = CatalogName.Validate(environment, "environment");
        if (!baseUrl.IsAbsoluteUri || (baseUrl.Scheme != Uri.UriSchemeHttp && baseUrl.Scheme != Uri.UriSchemeHttps))
            throw new DomainException($"The endpoint for '{Environment}' must be an absolute http(s) URL, not '{baseUrl}'.");
        BaseUrl = baseUrl;
        LivenessPath = RequirePath(livenessPath, "liveness");
        ReadinessPath = RequirePath(readinessPath, "readiness");
    }

    internal void CopyFrom(ServiceEndpoint other)
    {
        BaseUrl = other.BaseUrl;
        LivenessPath = other.LivenessPath;
        ReadinessPath = other.ReadinessPath;
    }

    internal bool SameAs(ServiceEndpoint other) =>
        Environment == other.Environment && BaseUrl == other.BaseUrl
        && LivenessPath == other.LivenessPath && ReadinessPath == other.ReadinessPath;

    private string RequirePath(string path, string what) =>
        !string.IsNullOrWhiteSpace(path) && path.StartsWith('/')
            ? path
            : throw new DomainException($"The {what} path for '{Environment}' must start with '/', e.g. '/health/{what[..4]}'.");
}
