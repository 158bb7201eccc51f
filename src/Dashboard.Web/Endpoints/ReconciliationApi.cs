using System.Security.Claims;
using Dashboard.Application.Reconciliation;
using Dashboard.Domain.Reconciliation;
using Dashboard.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dashboard.Web.Endpoints;

/// <summary>
/// Reconciliation runs as JSON, for scripts and tests: operators find, exclude, include or override single transactions, execute,
/// pause, resume and cancel; approvers (and
/// operators) read runs and approve them. The domain enforces the finer rules (four eyes, the previewed plan's hash) and its
/// refusal is a 409 with its message, the run unchanged; bad criteria are a 400 naming the field.
/// </summary>
public static class ReconciliationApi
{
    public static RouteGroupBuilder MapReconciliationApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapReconciliationDecisionApi();
        var api = endpoints.MapGroup("/api/reconciliation/runs").RequireAuthorization(Policies.ReconciliationApprover).WithTags("Reconciliation");
        api.MapGet("/", List);
        api.MapGet("/{id:guid}", Get);
        api.MapGet("/{id:guid}/progress", Progress);
        api.MapGet("/{id:guid}/report.csv", Report);
        api.MapPost("/", Create).RequireAuthorization(Policies.ReconciliationOperator);
        api.MapPost("/{id:guid}/approve", (ReconciliationWorkflow w, Guid id, ReconciliationStepRequest? body, ClaimsPrincipal user, CancellationToken ct) =>
            RunAsync(() => w.ApproveAsync(id, CurrentActor.ReconciliationOf(user), body?.PlanHash, ct)));
        api.MapPost("/{id:guid}/execute", (ReconciliationWorkflow w, Guid id, ReconciliationStepRequest? body, ClaimsPrincipal user, CancellationToken ct) =>
            RunAsync(() => w.ExecuteAsync(id, CurrentActor.ReconciliationOf(user), body?.PlanHash, ct))).RequireAuthorization(Policies.ReconciliationOperator);
        api.MapPost("/{id:guid}/pause", (ReconciliationWorkflow w, Guid id, ClaimsPrincipal user, CancellationToken ct) =>
            RunAsync(() => w.PauseAsync(id, CurrentActor.ReconciliationOf(user), ct))).RequireAuthorization(Policies.ReconciliationOperator);
        api.MapPost("/{id:guid}/resume", (ReconciliationWorkflow w, Guid id, ClaimsPrincipal user, CancellationToken ct) =>
            RunAsync(() => w.ResumeAsync(id, CurrentActor.ReconciliationOf(user), ct))).RequireAuthorization(Policies.ReconciliationOperator);
        api.MapPost("/{id:guid}/items/{transactionId:length(1,100)}/exclude", (ReconciliationWorkflow w, Guid id, string transactionId, ReconciliationItemEditRequest? body, ClaimsPrincipal user, CancellationToken ct) =>
            RunAsync(() => w.ExcludeAsync(id, transactionId, CurrentActor.ReconciliationOf(user), body?.PlanHash, body?.Reason, ct))).RequireAuthorization(Policies.ReconciliationOperator);
        api.MapPost("/{id:guid}/items/{transactionId:length(1,100)}/include", (ReconciliationWorkflow w, Guid id, string transactionId, ReconciliationItemEditRequest? body, ClaimsPrincipal user, CancellationToken ct) =>
            RunAsync(() => w.IncludeAsync(id, transactionId, CurrentActor.ReconciliationOf(user), body?.PlanHash, ct))).RequireAuthorization(Policies.ReconciliationOperator);
        api.MapPost("/{id:guid}/items/{transactionId:length(1,100)}/override", (ReconciliationWorkflow w, Guid id, string transactionId, ReconciliationItemEditRequest? body, ClaimsPrincipal user, CancellationToken ct) =>
            RunAsync(() => w.OverrideAsync(id, transactionId, CurrentActor.ReconciliationOf(user), body?.PlanHash, body?.Actions, body?.Reason, ct))).RequireAuthorization(Policies.ReconciliationOperator);
        api.MapPost("/{id:guid}/cancel", (ReconciliationWorkflow w, Guid id, ReconciliationStepRequest? body, ClaimsPrincipal user, CancellationToken ct) =>
            RunAsync(() => w.CancelAsync(id, CurrentActor.ReconciliationOf(user), body?.Reason, ct))).RequireAuthorization(Policies.ReconciliationOperator);
        return api;
    }

    public static async Task<Ok<IReadOnlyList<ReconciliationRunSummary>>> List(ReconciliationWorkflow workflow, CancellationToken cancellationToken) =>
        TypedResults.Ok(await workflow.ListAsync(cancellationToken));

    public static Task<Results<Ok<ReconciliationRunResponse>, ProblemHttpResult>> Get(ReconciliationWorkflow workflow, Guid id, CancellationToken cancellationToken) =>
        RunAsync(() => workflow.GetAsync(id, cancellationToken));

    /// <summary>State, counts and pace without the transactions: what a script polls while a large run executes.</summary>
    public static async Task<Results<Ok<ReconciliationProgressResponse>, ProblemHttpResult>> Progress(ReconciliationWorkflow workflow, Guid id, CancellationToken cancellationToken)
    {
        try
        {
            return TypedResults.Ok(ReconciliationProgressResponse.From(await workflow.ProgressAsync(id, new HashSet<int>(), cancellationToken)));
        }
        catch (Exception error) when (Problems.From(error) is { } problem)
        {
            return problem;
        }
    }

    public static async Task<Results<Created<ReconciliationRunResponse>, ProblemHttpResult>> Create(
        ReconciliationWorkflow workflow, ReconciliationCriteriaRequest? request, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (request is null)
            return Problems.BadRequest("body", "The request has no body: send the criteria, e.g. {\"states\": [\"authorized\"], \"olderThanMinutes\": 15, \"currency\": \"eur\"}.");
        try
        {
            var run = await workflow.CreateAsync(CurrentActor.ReconciliationOf(user), request.ToCriteria(), cancellationToken);
            return TypedResults.Created($"/api/reconciliation/runs/{run.Id}", ReconciliationRunResponse.From(run, withItems: true));
        }
        catch (Exception error) when (Problems.From(error) is { } problem)
        {
            return problem;
        }
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Report(ReconciliationWorkflow workflow, Guid id, CancellationToken cancellationToken)
    {
        try
        {
            var run = await workflow.GetAsync(id, cancellationToken);
            return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(ReconciliationReportCsv.Write(run)), "text/csv; charset=utf-8", $"reconciliation-{run.Id:N}.csv");
        }
        catch (Exception error) when (Problems.From(error) is { } problem)
        {
            return problem;
        }
    }

    private static async Task<Results<Ok<ReconciliationRunResponse>, ProblemHttpResult>> RunAsync(Func<Task<ReconciliationRun>> step)
    {
        try
        {
            return TypedResults.Ok(ReconciliationRunResponse.From(await step(), withItems: true));
        }
        catch (Exception error) when (Problems.From(error) is { } problem)
        {
            return problem;
        }
    }
}
