namespace Dashboard.Domain.Catalog;

/// <summary>
/// Where one service answers in one environment, with its liveness and readiness paths probed separately. Behind a
/// load balancer the base URL is the balanced address; <see cref="InstanceUrls"/> lists the instances themselves, each
/// probed on its own so the dashboard sees which ones the balancer has pulled. No instances listed: the base URL is the one instance.
/// </summary>
public sealed class ServiceEndpoint
{
    public const int MaxInstances = 50;

    private readonly List<string> _instanceUrls = [];

    public string Environment { get; private set; } = "";
    public Uri BaseUrl { get; private set; } = null!;
    public string LivenessPath { get; private set; } = "";
    public string ReadinessPath { get; private set; } = "";
    /// <summary>The instances' own base URLs, absolute http(s); empty when the base URL is the only instance.</summary>
    public IReadOnlyList<string> InstanceUrls => _instanceUrls;

    private ServiceEndpoint() { }

    public ServiceEndpoint(string environment, Uri baseUrl, string livenessPath, string readinessPath, IEnumerable<Uri>? instances = null)
    {
        Environment = CatalogName.Validate(environment, "environment");
        BaseUrl = RequireHttpUrl(baseUrl, "endpoint");
        LivenessPath = RequirePath(livenessPath, "liveness");
        ReadinessPath = RequirePath(readinessPath, "readiness");
        foreach (var instance in instances ?? [])
        {
            var url = RequireHttpUrl(instance, "instance").AbsoluteUri;
            if (_instanceUrls.Contains(url, StringComparer.OrdinalIgnoreCase))
                throw new DomainException($"Instance {url} is listed twice for '{Environment}'; list each instance once.");
            _instanceUrls.Add(url);
        }
        if (_instanceUrls.Count > MaxInstances)
            throw new DomainException($"'{Environment}' lists {_instanceUrls.Count} instances; at most {MaxInstances} are probed one by one: list a sample, or only the base URL.");
    }

    /// <summary>The base URL of each instance to probe: the listed instances, or the base URL alone.</summary>
    public IReadOnlyList<Uri> ProbedInstances => _instanceUrls.Count == 0 ? [BaseUrl] : [.. _instanceUrls.Select(u => new Uri(u))];

    internal void CopyFrom(ServiceEndpoint other)
    {
        BaseUrl = other.BaseUrl;
        LivenessPath = other.LivenessPath;
        ReadinessPath = other.ReadinessPath;
        _instanceUrls.Clear();
        _instanceUrls.AddRange(other._instanceUrls);
    }

    internal bool SameAs(ServiceEndpoint other) =>
        Environment == other.Environment && BaseUrl == other.BaseUrl
        && LivenessPath == other.LivenessPath && ReadinessPath == other.ReadinessPath
        && _instanceUrls.SequenceEqual(other._instanceUrls, StringComparer.Ordinal);

    private Uri RequireHttpUrl(Uri url, string what) =>
        url.IsAbsoluteUri && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)
            ? url
            : throw new DomainException($"The {what} for '{Environment}' must be an absolute http(s) URL, not '{url}'.");

    private string RequirePath(string path, string what) =>
        !string.IsNullOrWhiteSpace(path) && path.StartsWith('/')
            ? path
            : throw new DomainException($"The {what} path for '{Environment}' must start with '/', e.g. '/health/{what[..4]}'.");
}
