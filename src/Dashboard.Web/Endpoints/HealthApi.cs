using Dashboard.Application.Health;
using Dashboard.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dashboard.Web.Endpoints;

/// <summary>Live health of every watched service and environment, from the shared series store: never a probe on the request path.</summary>
public static class HealthApi
{
    public static RouteGroupBuilder MapHealthApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/health").RequireAuthorization(Policies.Viewer).WithTags("Health");
        api.MapGet("/", List);
        return api;
    }

    public static Ok<IReadOnlyList<ServiceHealthResponse>> List(HealthSeriesStore store, string? service, string? environment) =>
        TypedResults.Ok<IReadOnlyList<ServiceHealthResponse>>([.. store.Current()
            .Where(h => service is null || string.Equals(h.Service, service, StringComparison.OrdinalIgnoreCase))
            .Where(h => environment is null || string.Equals(h.Environment, environment, StringComparison.OrdinalIgnoreCase))
            .Select(ServiceHealthResponse.From)]);
}
