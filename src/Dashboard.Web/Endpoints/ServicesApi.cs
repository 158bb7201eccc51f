using Dashboard.Domain.Catalog;
using Dashboard.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dashboard.Web.Endpoints;

/// <summary>The declared services, for pipelines and scripts: the pattern later endpoints follow.</summary>
public static class ServicesApi
{
    public static RouteGroupBuilder MapServicesApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/services").RequireAuthorization(Policies.Viewer).WithTags("Services");
        api.MapGet("/", ListServices);
        api.MapGet("/{name}", GetService);
        return api;
    }

    public static async Task<Ok<IReadOnlyList<ServiceSummary>>> ListServices(ICatalogSource catalogSource, CancellationToken cancellationToken)
    {
        var catalog = await catalogSource.LoadAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<ServiceSummary>>([.. catalog.Services.Select(s => ToSummary(catalog, s))]);
    }

    public static async Task<Results<Ok<ServiceSummary>, ProblemHttpResult>> GetService(string name, ICatalogSource catalogSource, CancellationToken cancellationToken)
    {
        var catalog = await catalogSource.LoadAsync(cancellationToken);
        var service = catalog.FindService(name);
        return service is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown service",
                detail: $"No service named '{name}' is in the catalog; GET /api/services lists them.")
            : TypedResults.Ok(ToSummary(catalog, service));
    }

    private static ServiceSummary ToSummary(ServiceCatalog catalog, Service service) => new(
        service.Name, service.OwnerTeam, service.Kind.ToString(), service.Lifecycle.ToString(), service.Description,
        service.SourcePath, service.DeclaredConfigKeys,
        [.. service.Endpoints.Select(e => new EndpointSummary(e.Environment, e.BaseUrl.ToString(), e.LivenessPath, e.ReadinessPath))],
        [.. catalog.DependenciesOf(service.Name).Select(d => new DependencySummary(
            d.TargetReference, d.Retry.Attempts, d.Retry.Backoff.ToString(), d.Retry.Timeout.TotalSeconds, d.Retry.CircuitBreaker))]);
}
