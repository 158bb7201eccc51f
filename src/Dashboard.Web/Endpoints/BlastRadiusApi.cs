using Dashboard.Domain;
using Dashboard.Domain.BlastRadius;
using Dashboard.Domain.ConfigStores;
using Dashboard.Infrastructure.BlastRadius;
using Dashboard.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dashboard.Web.Endpoints;

/// <summary>The blast radius of a proposed change, for pipelines gating a config-as-code pull request.</summary>
public static class BlastRadiusApi
{
    public static RouteGroupBuilder MapBlastRadiusApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/blast-radius").RequireAuthorization(Policies.Viewer).WithTags("Blast radius");
        api.MapPost("/", Preview);
        return api;
    }

    public static async Task<Results<Ok<Domain.BlastRadius.BlastRadius>, ProblemHttpResult>> Preview(
        BlastRadiusRequest? request, BlastRadiusService blastRadius, CancellationToken cancellationToken)
    {
        if (request is null || string.IsNullOrWhiteSpace(request.Store))
            return BadRequest("store", "Name the store, e.g. {\"store\": \"contoso-shared-config\", \"key\": \"tax.rate.default\", \"value\": \"0.0825\"}.");
        if (!request.Delete && request.Value is null)
            return BadRequest("value", "Give the new value, or set \"delete\": true to preview removing the key.");
        var environment = string.IsNullOrWhiteSpace(request.Environment) ? "production" : request.Environment.Trim();
        var label = request.NullLabel ? null : request.Label ?? await blastRadius.LabelForAsync(request.Store, environment, cancellationToken);
        var problems = ConfigSettingRules.Check(request.Key, label, request.Value, request.ContentType);
        if (problems.Count > 0)
            return BadRequest(problems[0].Field, problems[0].Message);
        var change = request.Delete
            ? ProposedChange.Delete(request.Store, request.Key!, label)
            : ProposedChange.Set(request.Store, request.Key!, label, request.Value!, request.ContentType);
        try
        {
            return TypedResults.Ok(await blastRadius.AnalyzeAsync(change, environment, request.ValidatedInStaging, cancellationToken));
        }
        catch (DomainException ex)
        {
            return BadRequest("store", ex.Message);
        }
        catch (ConfigStoreException ex)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status502BadGateway, title: "The config store could not be read", detail: ex.Message);
        }
    }

    private static ProblemHttpResult BadRequest(string field, string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: $"Invalid {field}", detail: detail,
            extensions: new Dictionary<string, object?> { ["field"] = field });
}
