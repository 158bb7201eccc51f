namespace Dashboard.Infrastructure.Health;

/// <summary>
/// One request to make: which service, environment and instance, what kind of probe, the method, the URL, the status that
/// counts as success (null: any 2xx) and, for a synthetic check, its name and configured path.
/// </summary>
public sealed record ProbeTarget(string Service, string Environment, string Instance, ProbeKind Kind, HttpMethod Method, Uri Url, int? ExpectedStatus = null)
{
    public string? CheckName { get; init; }
    public string? CheckPath { get; init; }
}
