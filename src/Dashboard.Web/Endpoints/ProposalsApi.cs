using System.Security.Claims;
using Dashboard.Application.Audit;
using Dashboard.Application.ChangeWatch;
using Dashboard.Application.Errors;
using Dashboard.Application.Proposals;
using Dashboard.Domain.Audit;
using Dashboard.Domain.Proposals;
using Dashboard.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dashboard.Web.Endpoints;

/// <summary>
/// The change pipeline as JSON. Each step's endpoint accepts the roles the action table names for it; the domain enforces the
/// finer rules (not your own approval, only the author rebases…) and its refusal is a 409 with its message, the proposal unchanged.
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
        api.MapPost("/", Create).RequireAuthorization(Policies.For(ProposalAction.Propose));
        api.MapPut("/{id:guid}", Edit).RequireAuthorization(Policies.For(ProposalAction.Edit));
        MapAction(api, "staging-apply", ProposalAction.ApplyToStaging, (w, id, actor, _, ct) => w.ApplyToStagingAsync(id, actor, ct));
        MapAction(api, "rebase", ProposalAction.Rebase, (w, id, actor, _, ct) => w.RebaseAsync(id, actor, ct));
        MapAction(api, "staging-verify", ProposalAction.VerifyStaging, (w, id, actor, body, ct) => w.VerifyStagingAsync(id, actor, Checklist(body), ct));
        MapAction(api, "staging-fail", ProposalAction.FailStagingVerification, (w, id, actor, body, ct) => w.FailStagingVerificationAsync(id, actor, body.Reasons ?? [], ct));
        MapAction(api, "approve", ProposalAction.Approve, (w, id, actor, body, ct) => w.ApproveAsync(id, actor, body.Mitigation, ct));
        MapAction(api, "reject", ProposalAction.Reject, (w, id, actor, body, ct) => w.RejectAsync(id, actor, body.Reason ?? "", ct));
        MapAction(api, "production-apply", ProposalAction.ApplyToProduction, (w, id, actor, _, ct) => w.ApplyToProductionAsync(id, actor, ct));
        MapAction(api, "verify", ProposalAction.MarkVerified, (w, id, actor, _, ct) => w.MarkVerifiedAsync(id, actor, ct));
        MapAction(api, "rollback", ProposalAction.RollBack, (w, id, actor, _, ct) => w.RollBackAsync(id, actor, ct));
        MapAction(api, "abandon", ProposalAction.Abandon, (w, id, actor, body, ct) => w.AbandonAsync(id, actor, body.Reason ?? "", ct));
        api.MapPost("/{id:guid}/override-verification", Override).RequireAuthorization(Policies.For(ProposalAction.OverrideFailedVerification));
        MapAction(api, "override-verification/confirm", ProposalAction.ConfirmVerificationOverride, (w, id, actor, _, ct) => w.ConfirmVerificationOverrideAsync(id, actor, ct));
        MapAction(api, "override-verification/decline", ProposalAction.DeclineVerificationOverride, (w, id, actor, _, ct) => w.DeclineVerificationOverrideAsync(id, actor, ct));
        return api;
    }

    public static async Task<Results<Ok<ProposalListResponse>, ProblemHttpResult>> List(
        IProposalQueries proposals, string? state, string? key, string? author, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        ProposalState? parsedState = null;
        if (!string.IsNullOrWhiteSpace(state))
        {
            if (!Enum.TryParse<ProposalState>(state, ignoreCase: true, out var value) || int.TryParse(state, out _))
                return Problems.BadRequest("state", $"'{state}' is not a proposal state; use one of {string.Join(", ", Enum.GetNames<ProposalState>())}.");
            parsedState = value;
        }
        try
        {
            var found = await proposals.ListAsync(
                new ProposalQuery(parsedState, key, author, page ?? 1, pageSize ?? ProposalQuery.DefaultPageSize), cancellationToken);
            return TypedResults.Ok(new ProposalListResponse(
                [.. found.Items.Select(p => ProposalResponse.From(p, withEvents: false))], found.Page, found.PageSize, found.TotalCount));
        }
        catch (InputException error)
        {
            return Problems.BadRequest(error.Field, error.Message);
        }
    }

    /// <summary>The first address of the list; <c>GET /api/changes/bypassed</c> is the same list beside its actions.</summary>
    public static Task<Results<Ok<BypassedChangeListResponse>, ProblemHttpResult>> ListBypassed(
        OutOfBandChangeDetector detector, int? page, CancellationToken cancellationToken) =>
        ChangesApi.List(detector, page, key: null, cancellationToken);

    /// <summary>Opening a proposal settles a store write a crash left claimed past the timeout, in the caller's name.</summary>
    public static async Task<Results<Ok<ProposalResponse>, ProblemHttpResult>> Get(
        InterruptedWrites writes, Guid id, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        await writes.OpenAsync(id, CurrentActor.Of(user), cancellationToken) is { } proposal
            ? TypedResults.Ok(ProposalResponse.From(proposal, withEvents: true))
            : Problems.From(ProposalWorkflow.NotFound(id))!;

    public static async Task<Results<Created<ProposalResponse>, ProblemHttpResult>> Create(
        ProposalWorkflow workflow, CreateProposalRequest? request, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (request is null)
            return Problems.BadRequest("body", "The request has no body: send {\"store\", \"key\", \"value\", \"reason\"} (or \"delete\": true instead of a value).");
        try
        {
            var proposal = await workflow.CreateAsync(CurrentActor.Of(user),
                new NewProposal(request.Store, request.Key, request.Value, request.ContentType, request.Delete ?? false, request.Reason), cancellationToken);
            return TypedResults.Created($"/api/proposals/{proposal.Id}", ProposalResponse.From(proposal, withEvents: true));
        }
        catch (Exception error) when (Problems.From(error) is { } problem)
        {
            return problem;
        }
    }

    public static Task<Results<Ok<ProposalResponse>, ProblemHttpResult>> Edit(
        ProposalWorkflow workflow, Guid id, EditProposalRequest? request, ClaimsPrincipal user, CancellationToken cancellationToken) =>
        RunAsync(() => workflow.EditAsync(id, CurrentActor.Of(user), request?.Value, request?.ContentType, request?.Delete ?? false, cancellationToken));

    public static async Task<Results<Ok<ProposalResponse>, ProblemHttpResult>> Override(
        ProposalWorkflow workflow, PeopleDirectory people, Guid id, ProposalActionRequest? request, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (request is not null && ProposalRequestLimits.Problem(request) is { } problem)
            return Problems.BadRequest(problem.Field, problem.Message);
        var secondPerson = await people.FindAsync(request?.SecondPerson, cancellationToken);
        if (secondPerson is null && !string.IsNullOrWhiteSpace(request?.SecondPerson))
            return Problems.BadRequest("secondPerson", PeopleDirectory.NotFound(request.SecondPerson));
        return await RunAsync(() => workflow.OverrideFailedVerificationAsync(id, CurrentActor.Of(user), request?.Reason ?? "", secondPerson, cancellationToken));
    }

    public static async Task<Ok<AuditVerification>> VerifyAudit(IAuditLog audit, CancellationToken cancellationToken) =>
        TypedResults.Ok(await audit.VerifyAsync(cancellationToken));

    private static void MapAction(
        RouteGroupBuilder api, string path, ProposalAction action,
        Func<ProposalWorkflow, Guid, ProposalActor, ProposalActionRequest, CancellationToken, Task<Proposal>> step) =>
        api.MapPost($"/{{id:guid}}/{path}",
                (ProposalWorkflow workflow, Guid id, ProposalActionRequest? request, ClaimsPrincipal user, CancellationToken cancellationToken) =>
                    ProposalRequestLimits.Problem(request ?? new ProposalActionRequest()) is { } problem
                        ? Task.FromResult<Results<Ok<ProposalResponse>, ProblemHttpResult>>(Problems.BadRequest(problem.Field, problem.Message))
                        : RunAsync(() => step(workflow, id, CurrentActor.Of(user), request ?? new ProposalActionRequest(), cancellationToken)))
            .RequireAuthorization(Policies.For(action));

    private static async Task<Results<Ok<ProposalResponse>, ProblemHttpResult>> RunAsync(Func<Task<Proposal>> step)
    {
        try
        {
            return TypedResults.Ok(ProposalResponse.From(await step(), withEvents: true));
        }
        catch (Exception error) when (Problems.From(error) is { } problem)
        {
            return problem;
        }
    }

    /// <summary>Null when the body has none: staging verified on health evidence needs no checklist.</summary>
    private static StagingChecklist? Checklist(ProposalActionRequest body) =>
        body.Checklist is null ? null : new(body.Checklist.Select(item => new StagingChecklistItem(item.Description ?? "", item.Confirmed)));
}
