namespace Dashboard.Infrastructure.Health;

/// <summary>A request the probes make to a service's own API on every run, e.g. GET /api/tax/quote expecting 200.</summary>
public sealed class SyntheticCheckOptions
{
    public string Service { get; set; } = "";
    /// <summary>What the page calls it; empty: the method and path, e.g. "GET /api/tax/quote".</summary>
    public string? Name { get; set; }
    /// <summary>Empty: in every environment the service has an endpoint in.</summary>
    public string? Environment { get; set; }
    public string Method { get; set; } = "GET";
    public string Path { get; set; } = "";
    public int ExpectedStatus { get; set; } = 200;

    public string DisplayName => string.IsNullOrWhiteSpace(Name) ? $"{Method.ToUpperInvariant()} {Path}" : Name.Trim();
}
