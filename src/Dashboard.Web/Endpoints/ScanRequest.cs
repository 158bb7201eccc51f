namespace Dashboard.Web.Endpoints;

/// <summary>
/// Body of <c>POST /api/scan</c>: <see cref="Path"/> is an absolute folder on the server holding the services' source;
/// <see cref="Catalog"/>, optional, a Backstage catalog-info.yaml or a folder of them naming the services.
/// </summary>
public sealed record ScanRequest(string? Path, string? Catalog);
