using System.Security.Claims;
using System.Text;
using Dashboard.Domain.Catalog;
using Dashboard.Application.Catalog;
using Dashboard.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dashboard.Web.Endpoints;

/// <summary>Catalog administration for pipelines: import Backstage descriptors. Admin only.</summary>
public static class CatalogApi
{
    /// <summary>How the YAML text is named in diagnostics.</summary>
    public const string RequestFile = "request";

    /// <summary>
    /// The only content type accepted: a cross-site form can send text/plain (or a form) with the session cookie, but not this
    /// one, so only a script that chose it can import.
    /// </summary>
    public const string YamlMediaType = "application/yaml";

    public static RouteGroupBuilder MapCatalogApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/catalog").RequireAuthorization(Policies.Admin).WithTags("Catalog");
        api.MapPost("/import", ImportAsync).WithMetadata(new RequiredContentType(YamlMediaType));
        return api;
    }

    public static async Task<Results<Ok<CatalogMergeReport>, ProblemHttpResult>> ImportAsync(
        HttpRequest request, CatalogImporting importer, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var mediaType = request.ContentType?.Split(';')[0].Trim();
        if (!string.Equals(mediaType, YamlMediaType, StringComparison.OrdinalIgnoreCase))
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: $"Send the descriptors as {YamlMediaType}",
                detail: $"Content type '{mediaType ?? "(none)"}' is not accepted; send the catalog-info.yaml text with Content-Type: {YamlMediaType}.");

        var text = await ReadLimitedAsync(request.Body, CatalogImporting.MaxImportBytes, cancellationToken);
        if (text is null)
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Import too large",
                detail: $"At most {CatalogImporting.MaxImportBytes / 1024} KB of YAML can be imported at once; split the catalog into several imports.");

        var result = await importer.ImportAsync([(RequestFile, text)], CurrentActor.Of(user).UserId, cancellationToken);
        if (!result.IsRejected) return TypedResults.Ok(result.Report!);
        return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The catalog YAML is malformed; nothing was imported",
            detail: string.Join(" ", result.Rejections.Select(r => r.ToString())),
            extensions: new Dictionary<string, object?> { ["diagnostics"] = result.Rejections });
    }

    // Reads at most limit bytes; null when the body is larger, so a huge upload is never held in memory whole.
    private static async Task<string?> ReadLimitedAsync(Stream body, int limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit) return null;
            await buffer.WriteAsync(chunk.AsMemory(0, read), cancellationToken);
        }
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
