using System.Security.Claims;
using Dashboard.Application.Proposals;
using Dashboard.Domain.Proposals;
using Dashboard.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dashboard.Web.Endpoints;

/// <summary>
/// The gate a change must pass before production, per environment: anyone signed in may read it (approvers need to know what
/// is asked of them); only an Admin may change it, and every change is audited with the rules before and after.
/// </summary>
public static class GatePolicyApi
{
    public static RouteGroupBuilder MapGatePolicyApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/gate-policy").RequireAuthorization(Policies.Viewer).WithTags("Gate policy");
        api.MapGet("/{environment}", Get);
        api.MapPut("/{environment}", Change).RequireAuthorization(Policies.Admin);
        return api;
    }

    public static async Task<Results<Ok<GatePolicyResponse>, ProblemHttpResult>> Get(
        string environment, GatePolicySettings settings, CancellationToken cancellationToken)
    {
        if (Parse(environment) is not { } parsed) return UnknownEnvironment(environment);
        try
        {
            return TypedResults.Ok(GatePolicyResponse.From(await settings.GetAsync(parsed, cancellationToken)));
        }
        catch (Exception error) when (Problems.From(error) is { } problem)
        {
            return problem;
        }
    }

    public static async Task<Results<Ok<GatePolicyResponse>, ProblemHttpResult>> Change(
        string environment, GatePolicyRequest? request, GatePolicySettings settings, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (Parse(environment) is not { } parsed) return UnknownEnvironment(environment);
        if (request is null)
            return Problems.BadRequest("body", "Send the gate as JSON: {\"low\": {…}, \"medium\": {…}, \"high\": {…}, \"critical\": {…}}, each with stagingEvidence, mitigation and approvals.");
        try
        {
            return TypedResults.Ok(GatePolicyResponse.From(await settings.ChangeAsync(parsed, request.ToRules(), CurrentActor.Of(user), cancellationToken)));
        }
        catch (Exception error) when (Problems.From(error) is { } problem)
        {
            return problem;
        }
    }

    private static ProposalEnvironment? Parse(string environment) =>
        Enum.TryParse<ProposalEnvironment>(environment, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(environment, out _)
            ? parsed : null;

    private static ProblemHttpResult UnknownEnvironment(string environment) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such gate policy",
            detail: $"There is no environment '{environment}': the gate policy is at /api/gate-policy/production.");
}
