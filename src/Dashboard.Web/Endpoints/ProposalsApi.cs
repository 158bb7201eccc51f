using System.Security.Claims;
using Dashboard.Domain;
using Dashboard.Domain.Audit;
using Dashboard.Domain.ConfigStores;
using Dashboard.Domain.Proposals;
using Dashboard.Infrastructure.Proposals;
using Dashboard.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dashboard.Web.Endpoints;

/// <summary>
/// The change pipeline as JSON. Policies keep each role to its actions; the domain enforces the finer rules (not your own
/// approval, only the author rebases…) and its refusal is a 409 with its message, the proposal unchanged.
/// </summary>
public static class ProposalsApi
{
    public static RouteGroupBuilder MapProposalsApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/audit/verify", VerifyAudit).RequireAuthorization(Policies.Admin).WithTags("Audit");

        var api = endpoints.MapGroup("/api/proposals").RequireAuthorization(Policies.Viewer).WithTags("Proposals");
        api.MapGet("/", List);
        api.MapGet("/bypassed", ListBypassed);
        api.MapGet("/{id:guid}", Get);
        api.MapPost("/", Create).RequireAuthorization(Policies.Engineer);
        api.MapPut("/{id:guid}", Edit).RequireAuthorization(Policies.Engineer);
        MapAction(api, "staging-apply", Policies.Engineer, (s, id, actor, _, ct) => s.ApplyToStagingAsync(id, actor, ct));
        MapAction(api, "rebase", Policies.Engineer, (s, id, actor, _, ct) => s.RebaseAsync(id, actor, ct));
        MapAction(api, "staging-verify", Policies.Engineer, (s, id, actor, body, ct) => s.VerifyStagingAsync(id, actor, Checklist(body), ct));
        MapAction(api, "staging-fail", Policies.Engineer, (s, id, actor, body, ct) => s.FailStagingVerificationAsync(id, actor, body.Reasons ?? [], ct));
        MapAction(api, "approve", Policies.Approver, (s, id, actor, _, ct) => s.ApproveAsync(id, actor, ct));
        MapAction(api, "reject", Policies.Approver, (s, id, actor, body, ct) => s.RejectAsync(id, actor, body.Reason ?? "", ct));
        MapAction(api, "production-apply", Policies.Engineer, (s, id, actor, _, ct) => s.ApplyToProductionAsync(id, actor, ct));
        MapAction(api, "verify", Policies.Operator, (s, id, actor, _, ct) => s.MarkVerifiedAsync(id, actor, ct));
        MapAction(api, "rollback", Policies.Operator, (s, id, actor, _, ct) => s.RollBackAsync(id, actor, ct));
        MapAction(api, "abandon", Policies.Engineer, (s, id, actor, body, ct) => s.AbandonAsync(id, actor, body.Reason ?? "", ct));
        api.MapPost("/{id:guid}/override", Override).RequireAuthorization(Policies.Engineer);
        return api;
    }

    public static async Task<Results<Ok<ProposalListResponse>, ProblemHttpResult>> List(
        ProposalService proposals, string? state, string? key, string? author, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        ProposalState? parsedState = null;
        if (!string.IsNullOrWhiteSpace(state))
        {
            if (!Enum.TryParse<ProposalState>(state, ignoreCase: true, out var value) || int.TryParse(state, out _))
                return BadRequest("state", $"'{state}' is not a proposal state; use one of {string.Join(", ", Enum.GetNames<ProposalState>())}.");
            parsedState = value;
        }
        try
        {
            var found = await proposals.ListAsync(
                new ProposalQuery(parsedState, key, author, page ?? 1, pageSize ?? ProposalQuery.DefaultPageSize), cancellationToken);
            return TypedResults.Ok(new ProposalListResponse(
                [.. found.Items.Select(p => ProposalResponse.From(p, withEvents: false))], found.Page, found.PageSize, found.TotalCount));
        }
        catch (ProposalInputException error)
        {
            return BadRequest(error.Field, error.Message);
        }
    }

    public const int BypassedPageSize = 25;

    public static async Task<Results<Ok<BypassedChangeListResponse>, ProblemHttpResult>> ListBypassed(
        OutOfBandChangeDetector detector, int? page, CancellationToken cancellationToken)
    {
        try
        {
            var found = await detector.ListAsync(page ?? 1, BypassedPageSize, cancellationToken);
            return TypedResults.Ok(new BypassedChangeListResponse(found.Items, found.Page, found.PageSize, found.TotalCount));
        }
        catch (ProposalInputException error)
        {
            return BadRequest(error.Field, error.Message);
        }
    }

    public static async Task<Results<Ok<ProposalResponse>, ProblemHttpResult>> Get(ProposalService proposals, Guid id, CancellationToken cancellationToken) =>
        await proposals.GetAsync(id, cancellationToken) is { } proposal
            ? TypedResults.Ok(ProposalResponse.From(proposal, withEvents: true))
            : NotFound(new ProposalNotFoundException(id));

    public static async Task<Results<Created<ProposalResponse>, ProblemHttpResult>> Create(
        ProposalService proposals, CreateProposalRequest? request, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (request is null)
            return BadRequest("body", "The request has no body: send {\"store\", \"key\", \"value\", \"reason\"} (or \"delete\": true instead of a value).");
        try
        {
            var proposal = await proposals.CreateAsync(CurrentActor.Of(user),
                new NewProposal(request.Store, request.Key, request.Value, request.ContentType, request.Delete ?? false, request.Reason), cancellationToken);
            return TypedResults.Created($"/api/proposals/{proposal.Id}", ProposalResponse.From(proposal, withEvents: true));
        }
        catch (Exception error) when (Problem(error) is { } problem)
        {
            return problem;
        }
    }

    public static Task<Results<Ok<ProposalResponse>, ProblemHttpResult>> Edit(
        ProposalService proposals, Guid id, EditProposalRequest? request, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        RunAsync(() => proposals.EditAsync(id, CurrentActor.Of(user), request?.Value, request?.ContentType, request?.Delete ?? false, cancellationToken));

    public static async Task<Results<Ok<ProposalResponse>, ProblemHttpResult>> Override(
        ProposalService proposals, PeopleDirectory people, Guid id, ProposalActionRequest? request, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var secondPerson = await people.FindAsync(request?.SecondPerson, cancellationToken);
        if (secondPerson is null && !string.IsNullOrWhiteSpace(request?.SecondPerson))
            return BadRequest("secondPerson", PeopleDirectory.NotFound(request.SecondPerson));
        return await RunAsync(() => proposals.OverrideFailedVerificationAsync(id, CurrentActor.Of(user), request?.Reason ?? "", secondPerson, cancellationToken));
    }

    public static async Task<Ok<AuditVerification>> VerifyAudit(ProposalService proposals, CancellationToken cancellationToken) =>
        TypedResults.Ok(await proposals.VerifyAuditAsync(cancellationToken));

    private static void MapAction(
        RouteGroupBuilder api, string action, string policy, Func<ProposalService, Guid, ProposalActor, ProposalActionRequest, CancellationToken, Task<Proposal>> step) =>
        api.MapPost($"/{{id:guid}}/{action}",
                (ProposalService proposals, Guid id, ProposalActionRequest? request, ClaimsPrincipal user, CancellationToken cancellationToken) =>
                    RunAsync(() => step(proposals, id, CurrentActor.Of(user), request ?? new ProposalActionRequest(), cancellationToken)))
            .RequireAuthorization(policy);

    private static async Task<Results<Ok<ProposalResponse>, ProblemHttpResult>> RunAsync(Func<Task<Proposal>> step)
    {
        try
        {
            return TypedResults.Ok(ProposalResponse.From(await step(), withEvents: true));
        }
        catch (Exception error) when (Problem(error) is { } problem)
        {
            return problem;
        }
    }

    private static ProblemHttpResult? Problem(Exception error) => error switch
    {
        ProposalInputException input => BadRequest(input.Field, input.Message),
        ProposalNotFoundException missing => NotFound(missing),
        ProposalConflictException conflict => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The proposal or the store changed meanwhile",
            detail: conflict.Message, extensions: conflict.Current is { } current ? new Dictionary<string, object?> { ["current"] = current } : null),
        DomainException refused => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The step was refused", detail: refused.Message),
        ConfigStoreException store => ConfigStoreProblems.For(store),
        _ => null,
    };

    private static StagingChecklist Checklist(ProposalActionRequest body) =>
        new((body.Checklist ?? []).Select(item => new StagingChecklistItem(item.Description ?? "", item.Confirmed)));

    private static ProblemHttpResult BadRequest(string field, string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: $"Invalid '{field}'", detail: detail,
            extensions: new Dictionary<string, object?> { ["field"] = field });

    private static ProblemHttpResult NotFound(ProposalNotFoundException missing) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such proposal", detail: missing.Message);
}
