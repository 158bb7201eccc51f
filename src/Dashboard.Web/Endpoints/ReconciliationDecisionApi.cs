using Dashboard.Application.Errors;
using Dashboard.Domain.Reconciliation;
using Dashboard.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dashboard.Web.Endpoints;

/// <summary>
/// The decision table for scripts: the rows the dashboard classifies with, and a pure classify that answers what the table would
/// do for given gateway and ledger facts (nothing is read or written). Values outside the fixed vocabulary are a 400 naming the
/// item's field and the accepted values.
/// </summary>
public static class ReconciliationDecisionApi
{
    /// <summary>A script classifies a batch, not a ledger: a run's transactions go through a run.</summary>
    public const int MaxClassifyItems = 1000;

    public static RouteGroupBuilder MapReconciliationDecisionApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/reconciliation").RequireAuthorization(Policies.ReconciliationApprover).WithTags("Reconciliation");
        api.MapGet("/decision-table", DecisionTableRows);
        api.MapPost("/classify", Classify);
        return api;
    }

    public static Ok<IReadOnlyList<DecisionRowResponse>> DecisionTableRows(DecisionTable table) =>
        TypedResults.Ok<IReadOnlyList<DecisionRowResponse>>([.. table.Rows.Select(DecisionRowResponse.From)]);

    public static Results<Ok<IReadOnlyList<ClassificationResponse>>, ProblemHttpResult> Classify(
        DecisionTable table, TimeProvider time, IReadOnlyList<ClassifyRequestItem?>? request)
    {
        if (request is null)
            return Problems.BadRequest("body", "The request has no body: send a list of facts, e.g. [{\"gateway\": {\"status\": \"requires_capture\"}, \"ledger\": {\"state\": \"authorized\", \"orderState\": \"awaiting_payment\"}}].");
        if (request.Count > MaxClassifyItems)
            return Problems.BadRequest("body", $"{request.Count} items were sent; classify at most {MaxClassifyItems} per request, in batches.");
        try
        {
            var now = time.GetUtcNow();
            var answers = new List<ClassificationResponse>(request.Count);
            for (var index = 0; index < request.Count; index++)
            {
                var item = request[index] ?? throw new InputException($"[{index}]", $"[{index}] is null: give an object with 'gateway' and 'ledger'.");
                var (gateway, ledger) = item.ToSnapshots(index);
                answers.Add(ClassificationResponse.From(table.Classify(gateway, ledger, now)));
            }
            return TypedResults.Ok<IReadOnlyList<ClassificationResponse>>(answers);
        }
        catch (InputException input)
        {
            return Problems.BadRequest(input.Field, input.Message);
        }
    }
}
