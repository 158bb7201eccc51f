using System.Text.Json;
using Dashboard.Application.Errors;
using Dashboard.Application.Health;
using Dashboard.Application.Proposals;
using Dashboard.Domain;
using Dashboard.Domain.BlastRadius;
using Dashboard.Domain.ConfigStores;
using Dashboard.Domain.Proposals;
using Dashboard.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Radius = Dashboard.Domain.BlastRadius.BlastRadius;

namespace Dashboard.Web.Model;

/// <summary>
/// One proposal: its diff, recorded blast radius, history and the steps the signed-in person may take now, as the domain's
/// action table says. Each step is checked again on the server (the same policy as the API, then the domain); a refused step
/// keeps the proposal as it was and its message is shown.
/// </summary>
public sealed class ProposalDetailViewModel(
    InterruptedWrites interruptedWrites,
    ProposalWorkflow workflow,
    PeopleDirectory people,
    AuthenticationStateProvider authenticationState,
    IAuthorizationService authorization,
    TimeProvider time,
    ILogger<ProposalDetailViewModel> logger)
{
    /// <summary>The happy path shown as the stepper; other states end it.</summary>
    public static readonly IReadOnlyList<ProposalState> Path =
    [
        ProposalState.Draft, ProposalState.AppliedToStaging, ProposalState.StagingVerified,
        ProposalState.Approved, ProposalState.AppliedToProduction, ProposalState.Verified,
    ];

    public LoadState State { get; private set; } = LoadState.Loading;
    public string? Error { get; private set; }
    /// <summary>Why the last step was refused, in the workflow's words.</summary>
    public string? Refusal { get; private set; }
    public Proposal? Proposal { get; private set; }
    /// <summary>Null when the recorded radius is not an analysis (e.g. "not computed").</summary>
    public Radius? Radius { get; private set; }
    /// <summary>Before production, how the radius moved since submission (null once applied, or when it cannot be computed).</summary>
    public RadiusChange? RadiusChange { get; private set; }
    /// <summary>The radius recomputed on open (null once applied, or when it cannot be computed): the risks shown are those that hold now.</summary>
    public Radius? RadiusNow { get; private set; }
    /// <summary>Risks recorded at submission that the radius recomputed now no longer finds, with when and why.</summary>
    public IReadOnlyList<ResolvedRisk> ResolvedRisks { get; private set; } = [];
    /// <summary>The steps this person may take now.</summary>
    public IReadOnlyList<ProposalAction> Actions { get; private set; } = [];
    /// <summary>Why there is no Approve button when approval is the next step.</summary>
    public string? ApprovalNote { get; private set; }
    public IReadOnlyList<ProposalHistoryRow> History { get; private set; } = [];
    /// <summary>How the signed-in person stands to the override request waiting for a second person (None without one).</summary>
    public OverrideRole OverrideRole { get; private set; }
    /// <summary>While applied to staging: whether the soak's health evidence or the signed checklist verifies it, and why.</summary>
    public StagingEvidence? StagingEvidence { get; private set; }
    /// <summary>While the gate waits for owning teams: each missing team with who in the directory could approve for it.</summary>
    public IReadOnlyList<TeamWaitRow> TeamWaits { get; private set; } = [];

    public async Task LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            // Opening the proposal settles a store write a crash left claimed, so the page shows what the store really holds.
            var viewer = CurrentActor.Of((await authenticationState.GetAuthenticationStateAsync()).User);
            Proposal = await interruptedWrites.OpenAsync(id, viewer, cancellationToken);
            if (Proposal is null)
            {
                Error = $"There is no proposal {id}: it may have been mistyped; open it from the proposal list.";
                State = LoadState.Failed;
                return;
            }
            Radius = ParseRadius(Proposal.BlastRadius);
            RadiusNow = await RadiusNowAsync(Proposal, Radius, cancellationToken);
            RadiusChange = Radius is not null && RadiusNow is not null ? RadiusChange.Between(Radius, RadiusNow) : null;
            ResolvedRisks = Radius is not null && RadiusNow is not null
                ? Domain.Proposals.ResolvedRisks.Between(Proposal, Radius, RadiusNow, time.GetUtcNow()) : [];
            StagingEvidence = await workflow.StagingEvidenceAsync(Proposal, cancellationToken);
            History = [.. Proposal.Events.OrderBy(e => e.Sequence).Select(e => ToHistory(e, Proposal.IsSecret))];
            await LoadActionsAsync(Proposal);
            TeamWaits = await TeamWaitsAsync(Proposal, cancellationToken);
            Error = null;
            State = LoadState.Loaded;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Loading proposal {Id} failed", id);
            Error = $"Proposal {id} could not be loaded: {ex.GetBaseException().Message}";
            State = LoadState.Failed;
        }
    }

    /// <returns>True when the step was taken (the proposal is reloaded); false when refused, with <see cref="Refusal"/> saying why.</returns>
    public async Task<bool> RunAsync(ProposalAction action, ProposalStepInput input, CancellationToken cancellationToken)
    {
        if (Proposal is not { } proposal) return false;
        Refusal = null;
        var user = (await authenticationState.GetAuthenticationStateAsync()).User;
        if (!(await authorization.AuthorizeAsync(user, Policies.For(action))).Succeeded)
        {
            Refusal = ProposalActionTable.For(action).RoleRefusalFor(CurrentActor.Of(user)) ?? $"Your role does not allow this step ({action}).";
            return false;
        }
        ProposalActor? secondPerson = null;
        if (action == ProposalAction.OverrideFailedVerification)
        {
            secondPerson = await people.FindAsync(input.SecondPerson, cancellationToken);
            if (secondPerson is null)
            {
                Refusal = PeopleDirectory.NotFound(input.SecondPerson);
                return false;
            }
        }
        try
        {
            await StepAsync(proposal.Id, action, CurrentActor.Of(user), input, secondPerson, cancellationToken);
        }
        catch (Exception ex) when (ex is DomainException or ConflictException or InputException or NotFoundException or ConfigStoreException)
        {
            Refusal = ex.Message;
            await LoadAsync(proposal.Id, cancellationToken);
            return false;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Step {Action} on proposal {Id} failed", action, proposal.Id);
            Refusal = $"The step failed: {ex.GetBaseException().Message}. Reload the proposal and check the store before trying again.";
            await LoadAsync(proposal.Id, cancellationToken);
            return false;
        }
        await LoadAsync(proposal.Id, cancellationToken);
        return true;
    }

    private Task<Proposal> StepAsync(Guid id, ProposalAction action, ProposalActor actor, ProposalStepInput input, ProposalActor? secondPerson,
        CancellationToken cancellationToken) =>
        action switch
        {
            ProposalAction.ApplyToStaging => workflow.ApplyToStagingAsync(id, actor, cancellationToken),
            ProposalAction.Edit => workflow.EditAsync(id, actor, input.Value, Proposal?.ProposedValue.ContentType, delete: false, cancellationToken),
            ProposalAction.Rebase => workflow.RebaseAsync(id, actor, cancellationToken),
            ProposalAction.VerifyStaging => workflow.VerifyStagingAsync(id, actor, input.Checklist, cancellationToken),
            ProposalAction.FailStagingVerification => workflow.FailStagingVerificationAsync(id, actor, input.Reasons ?? [], cancellationToken),
            ProposalAction.OverrideFailedVerification => workflow.OverrideFailedVerificationAsync(id, actor, input.Reason ?? "", secondPerson, cancellationToken),
            ProposalAction.ConfirmVerificationOverride => workflow.ConfirmVerificationOverrideAsync(id, actor, cancellationToken),
            ProposalAction.DeclineVerificationOverride => workflow.DeclineVerificationOverrideAsync(id, actor, cancellationToken),
            ProposalAction.Approve => workflow.ApproveAsync(id, actor, input.Mitigation, cancellationToken),
            ProposalAction.Reject => workflow.RejectAsync(id, actor, input.Reason ?? "", cancellationToken),
            ProposalAction.ApplyToProduction => workflow.ApplyToProductionAsync(id, actor, cancellationToken),
            ProposalAction.MarkVerified => workflow.MarkVerifiedAsync(id, actor, cancellationToken),
            ProposalAction.RollBack => workflow.RollBackAsync(id, actor, cancellationToken),
            ProposalAction.Abandon => workflow.AbandonAsync(id, actor, input.Reason ?? "", cancellationToken),
            _ => throw new DomainException($"'{action}' cannot be taken from this page."),
        };

    private async Task<IReadOnlyList<TeamWaitRow>> TeamWaitsAsync(Proposal proposal, CancellationToken cancellationToken)
    {
        var missing = proposal.State == ProposalState.StagingVerified ? proposal.TeamApprovals.Missing : [];
        if (missing.Count == 0) return [];
        var directory = await people.ListAsync(cancellationToken);
        return [.. missing.Select(team => new TeamWaitRow(team.Team, team.Services,
            [.. directory.Where(person => person.IsMemberOf(team.Team) && !person.IsSamePersonAs(proposal.AuthorId)
                && ProposalActionTable.For(ProposalAction.Approve).RoleRefusalFor(person) is null).Select(person => person.DisplayName)]))];
    }

    /// <summary>The buttons follow the action table through the domain (roles, author rules), never a second copy of the rules.</summary>
    private async Task LoadActionsAsync(Proposal proposal)
    {
        var actor = CurrentActor.Of((await authenticationState.GetAuthenticationStateAsync()).User);
        var available = proposal.AvailableActionsFor(actor);
        Actions = [.. available.Where(a => a.Allowed && a.Action != ProposalAction.RecordStagingConflict).Select(a => a.Action)];
        OverrideRole = proposal.PendingOverride switch
        {
            null => OverrideRole.None,
            var pending when actor.IsSamePersonAs(pending.SecondPersonId) => OverrideRole.SecondPerson,
            var pending when actor.IsSamePersonAs(pending.OverriddenById) => OverrideRole.Requester,
            _ => OverrideRole.Onlooker,
        };
        ApprovalNote = available.FirstOrDefault(a => a.Action == ProposalAction.Approve && !a.Allowed) is { } refused
            ? actor.IsSamePersonAs(proposal.AuthorId)
                ? "You wrote this proposal: another person with the Approver role must approve it (admins too)."
                : proposal.Approvals.Any(a => actor.IsSamePersonAs(a.ApproverId)) || actor.HasRole(Domain.Access.Roles.Approver)
                    ? refused.WhyNot
                    : "Waiting for approval by someone with the Approver role who did not write it."
            : null;
    }

    private async Task<Radius?> RadiusNowAsync(Proposal proposal, Radius? submitted, CancellationToken cancellationToken)
    {
        if (submitted is null || !ProposalTransitions.IsOpen(proposal.State)) return null;
        try
        {
            return await workflow.RadiusNowAsync(proposal, cancellationToken);
        }
        catch (Exception ex) when (ex is DomainException or ConfigStoreException)
        {
            logger.LogWarning("The current blast radius of proposal {Id} could not be computed: {Reason}", proposal.Id, ex.Message);
            return null;
        }
    }

    private static Radius? ParseRadius(BlastRadiusSnapshot snapshot)
    {
        try
        {
            return JsonSerializer.Deserialize<Radius>(snapshot.SerializedText, JsonSerializerOptions.Web);
        }
        catch (JsonException)
        {
            // Proposals made without an analysis record plain text such as "not computed".
            return null;
        }
    }

    // Event descriptions quote the values, so a secret key's history says what happened without them.
    private static ProposalHistoryRow ToHistory(ProposalEvent e, bool secret) => new(
        e.At, e.ActorName, e.Action.ToString(), e.From is { } from ? $"{from.HumanName()} → {e.To.HumanName()}" : $"→ {e.To.HumanName()}",
        secret ? $"{e.Action} (values hidden: the setting is secret)" : e.Description);
}
