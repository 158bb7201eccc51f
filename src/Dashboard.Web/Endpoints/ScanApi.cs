using Dashboard.Analysis.Scanning;
using Dashboard.Analysis.Catalog;
using Dashboard.Domain.Scanning;
using Dashboard.Analysis.Scanning.Json;
using Dashboard.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dashboard.Web.Endpoints;

/// <summary>
/// Scans a source folder on the server for pipelines: the same JSON as <c>dashboard scan --json</c>. Engineers and
/// admins only, since it reads the server's files.
/// </summary>
public static class ScanApi
{
    public static RouteGroupBuilder MapScanApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/scan").RequireAuthorization(Policies.Engineer).WithTags("Scan");
        api.MapPost("/", Scan);
        return api;
    }

    public static async Task<Results<JsonHttpResult<ScanDocument>, ProblemHttpResult>> Scan(ScanRequest? request, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request?.Path))
            return BadRequest("The request has no 'path'. Send {\"path\": \"<folder on the server>\"} with the folder that holds the services' source.");
        if (SourceFolderProblem(request.Path) is { } pathProblem)
            return BadRequest(pathProblem);
        if (request.Catalog is not null && CatalogProblem(request.Catalog) is { } catalogProblem)
            return BadRequest(catalogProblem);

        IReadOnlyList<(string service, string path)>? catalogPaths = null;
        IReadOnlyList<ScanDiagnostic> catalogDiagnostics = [];
        if (request.Catalog is not null)
        {
            var catalog = BackstageCatalogReader.ReadPath(request.Catalog);
            if (catalog.SourcePaths.Count == 0)
                return BadRequest($"The catalog '{request.Catalog}' gives no component a source folder. Add the {BackstageAnnotations.SourcePath} "
                    + $"annotation (relative to '{request.Path}') or {BackstageAnnotations.SourceLocation}: dir:… to each component.");
            catalogPaths = [.. catalog.SourcePaths.Select(entry => (entry.Key, entry.Value))];
            // The command-line tool prints these to stderr; a response has only its body to carry them.
            catalogDiagnostics = [.. catalog.Diagnostics.Select(d => new ScanDiagnostic(d.File, d.Line is null ? $"catalog: {d.Message}" : $"catalog, line {d.Line}: {d.Message}"))];
        }

        try
        {
            var result = await new SourceScanner().ScanAsync(request.Path, catalogPaths, cancellationToken);
            var withCatalog = result with { Diagnostics = [.. catalogDiagnostics, .. result.Diagnostics] };
            return TypedResults.Json(ScanJson.ToDocument(withCatalog), ScanJsonContext.Default.ScanDocument);
        }
        catch (DirectoryNotFoundException error)
        {
            // A catalog entry pointing at a folder that is not there.
            return BadRequest(error.Message);
        }
    }

    private static string? SourceFolderProblem(string path) =>
        !Path.IsPathFullyQualified(path)
            ? $"The source folder '{path}' is not an absolute path. Send 'path' as an absolute folder on the server."
            : !Directory.Exists(path)
                ? $"The source folder '{path}' does not exist on the server. Send 'path' as the folder that holds the services' source."
                : null;

    private static string? CatalogProblem(string path) =>
        !Path.IsPathFullyQualified(path)
            ? $"The catalog '{path}' is not an absolute path. Send 'catalog' as an absolute file or folder on the server."
            : !File.Exists(path) && !Directory.Exists(path)
                ? $"The catalog '{path}' does not exist on the server. Send 'catalog' as a catalog-info.yaml file or a folder of them, or leave it out."
                : null;

    private static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Cannot scan", detail: detail);
}
