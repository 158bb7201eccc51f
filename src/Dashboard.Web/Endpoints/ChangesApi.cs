using System.Security.Claims;
using Dashboard.Application.ChangeWatch;
using Dashboard.Application.Errors;
using Dashboard.Domain.Proposals;
using Dashboard.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dashboard.Web.Endpoints;

/// <summary>
/// Changes made outside the pipeline: the list (old and new values, masked for a secret, with the radius), and the two actions
/// of an engineer. Revert answers 201 with the draft proposal that writes the old value back; adopt answers with the change as
/// handled. A second attempt, a change that cannot be reverted, or an unknown id is an RFC 7807 problem saying why.
/// </summary>
public static class ChangesApi
{
    public const int PageSize = 25;

    public static RouteGroupBuilder MapChangesApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/changes/bypassed").RequireAuthorization(Policies.Viewer).WithTags("Changes");
        api.MapGet("/", List);
        api.MapPost("/{id:long}/revert", Revert).RequireAuthorization(Policies.For(ProposalAction.Propose));
        api.MapPost("/{id:long}/adopt", Adopt).RequireAuthorization(Policies.For(ProposalAction.Propose));
        return api;
    }

    public static async Task<Results<Ok<BypassedChangeListResponse>, ProblemHttpResult>> List(
        OutOfBandChangeDetector detector, int? page, string? key, CancellationToken cancellationToken)
    {
        try
        {
            var found = await detector.ListAsync(page ?? 1, PageSize, cancellationToken, key);
            return TypedResults.Ok(new BypassedChangeListResponse(
                [.. found.Items.Select(BypassedChangeResponse.From)], found.Page, found.PageSize, found.TotalCount, found.UnhandledCount));
        }
        catch (InputException error)
        {
            return Problems.BadRequest(error.Field, error.Message);
        }
    }

    public static async Task<Results<Created<ProposalResponse>, ProblemHttpResult>> Revert(
        BypassedChangeActions actions, long id, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        try
        {
            var draft = await actions.RevertAsync(id, CurrentActor.Of(user), cancellationToken);
            return TypedResults.Created($"/api/proposals/{draft.Id}", ProposalResponse.From(draft, withEvents: true));
        }
        catch (Exception error) when (Problems.From(error) is { } problem)
        {
            return problem;
        }
    }

    public static async Task<Results<Ok<BypassedChangeResponse>, ProblemHttpResult>> Adopt(
        BypassedChangeActions actions, long id, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        try
        {
            return TypedResults.Ok(BypassedChangeResponse.From(await actions.AdoptAsync(id, CurrentActor.Of(user), cancellationToken)));
        }
        catch (Exception error) when (Problems.From(error) is { } problem)
        {
            return problem;
        }
    }
}
