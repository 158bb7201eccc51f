using System.Security.Claims;
using Dashboard.Application.Incidents;
using Dashboard.Domain.Incidents;
using Dashboard.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dashboard.Web.Endpoints;

/// <summary>Incidents as JSON: everyone signed in reads them; OnCall (and Admin) open, acknowledge, annotate and resolve them.</summary>
public static class IncidentsApi
{
    public const int ListLimit = 200;

    public static RouteGroupBuilder MapIncidentsApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/incidents").RequireAuthorization(Policies.Viewer).WithTags("Incidents");
        api.MapGet("/", List);
        api.MapGet("/{id:guid}", Get);
        api.MapPost("/", Open).RequireAuthorization(Policies.OnCall);
        api.MapPost("/{id:guid}/acknowledge", Acknowledge).RequireAuthorization(Policies.OnCall);
        api.MapPost("/{id:guid}/notes", AddNote).RequireAuthorization(Policies.OnCall);
        api.MapPost("/{id:guid}/resolve", Resolve).RequireAuthorization(Policies.OnCall);
        return api;
    }

    public static async Task<Ok<IReadOnlyList<IncidentSummaryResponse>>> List(IIncidentQueries incidents, CancellationToken cancellationToken) =>
        TypedResults.Ok<IReadOnlyList<IncidentSummaryResponse>>([.. (await incidents.ListAsync(ListLimit, cancellationToken)).Select(IncidentSummaryResponse.From)]);

    public static Task<Results<Ok<IncidentResponse>, ProblemHttpResult>> Get(IncidentWorkflow workflow, Guid id, CancellationToken cancellationToken) =>
        RunAsync(() => workflow.DetailsAsync(id, cancellationToken));

    public static async Task<Results<Created<IncidentResponse>, ProblemHttpResult>> Open(
        IncidentWorkflow workflow, ClaimsPrincipal user, OpenIncidentRequest? request, CancellationToken cancellationToken)
    {
        if (request is null)
            return Problems.BadRequest("body", "The request has no body: send {\"title\", \"severity\", \"environment\", \"services\": [...]}.");
        try
        {
            var incident = await workflow.OpenByHandAsync(Actor(user),
                new NewIncident(request.Title, request.Severity, request.Environment, request.Services, request.StartedAt), cancellationToken);
            return TypedResults.Created($"/api/incidents/{incident.Id}", IncidentResponse.From(await workflow.DetailsAsync(incident.Id, cancellationToken)));
        }
        catch (Exception error) when (Problems.From(error) is { } problem)
        {
            return problem;
        }
    }

    public static Task<Results<Ok<IncidentResponse>, ProblemHttpResult>> Acknowledge(
        IncidentWorkflow workflow, ClaimsPrincipal user, Guid id, CancellationToken cancellationToken) =>
        StepAsync(workflow, id, () => workflow.AcknowledgeAsync(id, Actor(user), cancellationToken), cancellationToken);

    public static Task<Results<Ok<IncidentResponse>, ProblemHttpResult>> AddNote(
        IncidentWorkflow workflow, ClaimsPrincipal user, Guid id, IncidentTextRequest? request, CancellationToken cancellationToken) =>
        StepAsync(workflow, id, () => workflow.AddNoteAsync(id, Actor(user), request?.Text, cancellationToken), cancellationToken);

    public static Task<Results<Ok<IncidentResponse>, ProblemHttpResult>> Resolve(
        IncidentWorkflow workflow, ClaimsPrincipal user, Guid id, IncidentTextRequest? request, CancellationToken cancellationToken) =>
        StepAsync(workflow, id, () => workflow.ResolveAsync(id, Actor(user), request?.Text, cancellationToken), cancellationToken);

    private static IncidentActor Actor(ClaimsPrincipal user) => CurrentActor.ForIncidents(user);

    private static Task<Results<Ok<IncidentResponse>, ProblemHttpResult>> StepAsync(
        IncidentWorkflow workflow, Guid id, Func<Task<Incident>> step, CancellationToken cancellationToken) =>
        RunAsync(async () =>
        {
            await step();
            return await workflow.DetailsAsync(id, cancellationToken);
        });

    private static async Task<Results<Ok<IncidentResponse>, ProblemHttpResult>> RunAsync(Func<Task<IncidentDetails>> read)
    {
        try
        {
            return TypedResults.Ok(IncidentResponse.From(await read()));
        }
        catch (Exception error) when (Problems.From(error) is { } problem)
        {
            return problem;
        }
    }
}
