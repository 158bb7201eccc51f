using System.Security.Claims;
using Dashboard.Analysis.Catalog;
using Dashboard.Analysis.Files;
using Dashboard.Analysis.Scanning;
using Dashboard.Analysis.Scanning.Json;
using Dashboard.Domain.Scanning;
using Dashboard.Infrastructure.Scanning;
using Dashboard.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Endpoints;

/// <summary>
/// Scans a source folder on the server for pipelines: the same JSON as <c>dashboard scan --json</c>. Engineers and
/// admins only, since it reads the server's files, and only under <c>SourceScan:Roots</c>: no links followed, one
/// file system, per-file and total size limits, a time limit, the request's cancellation observed, one scan at a time
/// per user. A limit a file breaks is a diagnostic in the result; one the whole scan breaks is a problem naming it.
/// </summary>
public static class ScanApi
{
    public static RouteGroupBuilder MapScanApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/scan").RequireAuthorization(Policies.Engineer).WithTags("Scan");
        api.MapPost("/", Scan);
        return api;
    }

    public static async Task<Results<JsonHttpResult<ScanDocument>, ProblemHttpResult>> Scan(
        ScanRequest? request, SourceScanner scanner, ScanConcurrencyGate gate, IOptions<SourceScanOptions> options, ClaimsPrincipal user,
        CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var roots = settings.AllowedRoots();
        if (string.IsNullOrWhiteSpace(request?.Path))
            return BadRequest("path", "The request has no 'path'. Send {\"path\": \"<folder on the server>\"} with the folder that holds the services' source.");
        if (SourceFolderProblem(request.Path, roots) is { } pathProblem)
            return BadRequest("path", pathProblem);
        if (request.Catalog is not null && CatalogProblem(request.Catalog, roots) is { } catalogProblem)
            return BadRequest("catalog", catalogProblem);

        using var lease = gate.TryEnter(user.Identity?.Name ?? "");
        if (lease is null)
            return TypedResults.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "A scan is already running",
                detail: "A scan you started is still running; the server runs one scan at a time per user. Wait for it to finish, then send this one again.");
        using var timeLimit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeLimit.CancelAfter(TimeSpan.FromSeconds(settings.TimeLimitSeconds));
        try
        {
            IReadOnlyList<(string service, string path)>? catalogPaths = null;
            IReadOnlyList<ScanDiagnostic> catalogDiagnostics = [];
            if (request.Catalog is not null)
            {
                var catalog = BackstageCatalogReader.ReadPath(request.Catalog, YamlLimits.Default with { MaxFileBytes = settings.MaxFileBytes }, timeLimit.Token);
                if (catalog.SourcePaths.Count == 0)
                    return BadRequest("catalog", $"The catalog '{request.Catalog}' gives no component a source folder. Add the {BackstageAnnotations.SourcePath} "
                        + $"annotation (relative to '{request.Path}') or {BackstageAnnotations.SourceLocation}: dir:… to each component."
                        + (catalog.Diagnostics.Count == 0 ? "" : $" It could not be read in full: {string.Join("; ", catalog.Diagnostics)}"));
                catalogPaths = [.. catalog.SourcePaths.Select(entry => (entry.Key, entry.Value))];
                // The command-line tool prints these to stderr; a response has only its body to carry them.
                catalogDiagnostics = [.. catalog.Diagnostics.Select(d => new ScanDiagnostic(d.File, d.Line is null ? $"catalog: {d.Message}" : $"catalog, line {d.Line}: {d.Message}"))];
            }
            var result = await scanner.ScanAsync(request.Path, catalogPaths, settings.Limits(), timeLimit.Token);
            var withCatalog = result with { Diagnostics = [.. catalogDiagnostics, .. result.Diagnostics] };
            return TypedResults.Json(ScanJson.ToDocument(withCatalog), ScanJsonContext.Default.ScanDocument);
        }
        catch (DirectoryNotFoundException error)
        {
            // A catalog entry pointing at a folder that is not there.
            return BadRequest("catalog", error.Message);
        }
        catch (FileTreeLimitException error)
        {
            return BadRequest("path", $"{error.Message} (SourceScan:MaxTotalBytes)");
        }
        catch (OperationCanceledException) when (timeLimit.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return BadRequest("path", ScanLimitException.TimeLimit(request.Path, settings.TimeLimitSeconds).Message);
        }
    }

    private static string? SourceFolderProblem(string path, ScanRoots roots) =>
        roots.Problem(path, "source folder", "SourceScan:Roots") is { } problem
            ? problem
            : !Directory.Exists(path)
                ? $"The source folder '{path}' is a file. Send 'path' as the folder that holds the services' source."
                : null;

    private static string? CatalogProblem(string path, ScanRoots roots) =>
        roots.Problem(path, "catalog", "SourceScan:Roots") is { } problem
            ? problem + " Send 'catalog' as a catalog-info.yaml file or a folder of them, or leave it out."
            : null;

    private static ProblemHttpResult BadRequest(string field, string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Cannot scan", detail: detail,
            extensions: new Dictionary<string, object?> { ["field"] = field });
}
