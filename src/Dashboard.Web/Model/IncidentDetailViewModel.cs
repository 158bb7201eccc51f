using Dashboard.Application.Errors;
using Dashboard.Application.Incidents;
using Dashboard.Domain;
using Dashboard.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;

namespace Dashboard.Web.Model;

/// <summary>
/// The /incidents/{id} page: the incident, its timeline and ranked suspected changes, and the on-call steps. A refused
/// step leaves what was typed in place and says why (<see cref="Refusal"/>, with <see cref="RefusedField"/> when an input is wrong).
/// </summary>
public sealed class IncidentDetailViewModel(IncidentWorkflow workflow, AuthenticationStateProvider authenticationState, IAuthorizationService authorization)
{
    public IncidentDetails? Details { get; private set; }
    public LoadState State { get; private set; } = LoadState.Loading;
    public string? LoadError { get; private set; }
    public bool CanManage { get; private set; }
    /// <summary>True for reconciliation operators, who may look for payments the incident left stuck.</summary>
    public bool CanReconcile { get; private set; }
    public string? Refusal { get; private set; }
    public string? RefusedField { get; private set; }
    public string Note { get; set; } = "";
    public string Resolution { get; set; } = "";

    public async Task LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var user = (await authenticationState.GetAuthenticationStateAsync()).User;
        CanManage = (await authorization.AuthorizeAsync(user, Policies.OnCall)).Succeeded;
        CanReconcile = (await authorization.AuthorizeAsync(user, Policies.ReconciliationOperator)).Succeeded;
        try
        {
            Details = await workflow.DetailsAsync(id, cancellationToken);
            State = LoadState.Loaded;
            LoadError = null;
        }
        catch (NotFoundException missing)
        {
            State = LoadState.Failed;
            LoadError = missing.Message;
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            State = LoadState.Failed;
            LoadError = $"The incident could not be read: {error.GetBaseException().Message}. Nothing is lost; try again in a moment.";
        }
    }

    public Task AcknowledgeAsync(CancellationToken cancellationToken) =>
        StepAsync((id, actor) => workflow.AcknowledgeAsync(id, actor, cancellationToken), () => { }, cancellationToken);

    public Task AddNoteAsync(CancellationToken cancellationToken) =>
        StepAsync((id, actor) => workflow.AddNoteAsync(id, actor, Note, cancellationToken), () => Note = "", cancellationToken);

    public Task ResolveAsync(CancellationToken cancellationToken) =>
        StepAsync((id, actor) => workflow.ResolveAsync(id, actor, Resolution, cancellationToken), () => Resolution = "", cancellationToken);

    private async Task StepAsync(Func<Guid, Domain.Incidents.IncidentActor, Task> step, Action clearInput, CancellationToken cancellationToken)
    {
        if (Details is null) return;
        var user = (await authenticationState.GetAuthenticationStateAsync()).User;
        Refusal = null;
        RefusedField = null;
        try
        {
            await step(Details.Incident.Id, CurrentActor.ForIncidents(user));
            clearInput();
        }
        catch (InputException input)
        {
            (Refusal, RefusedField) = (input.Message, input.Field);
        }
        catch (Exception error) when (error is DomainException or ConflictException or NotFoundException)
        {
            Refusal = error.Message;
        }
        await LoadAsync(Details.Incident.Id, cancellationToken);
    }
}
