using Dashboard.Domain.Access;
using System.Text.Json;
using Dashboard.Domain;
using Dashboard.Domain.Proposals;
using Dashboard.Infrastructure.Proposals;
using Dashboard.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Radius = Dashboard.Domain.BlastRadius.BlastRadius;

namespace Dashboard.Web.Model;

/// <summary>
/// One proposal: its diff, recorded blast radius, history and the steps the signed-in person may take now. Each step checks
/// the same role policy as the API on the server; a refused step keeps the proposal as it was and its message is shown.
/// </summary>
public sealed class ProposalDetailViewModel(
    ProposalService proposals,
    PeopleDirectory people,
    AuthenticationStateProvider authenticationState,
    IAuthorizationService authorization,
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
    /// <summary>Why the last step was refused, in the service's words.</summary>
    public string? Refusal { get; private set; }
    public Proposal? Proposal { get; private set; }
    /// <summary>Null when the recorded radius is not an analysis (e.g. "not computed").</summary>
    public Radius? Radius { get; private set; }
    /// <summary>Before production, how the radius moved since submission (null once applied, or when it cannot be computed).</summary>
    public Dashboard.Domain.BlastRadius.RadiusChange? RadiusChange { get; private set; }
    public IReadOnlyList<ProposalAction> Actions { get; private set; } = [];
    /// <summary>Why there is no Approve button when approval is the next step.</summary>
    public string? ApprovalNote { get; private set; }
    public IReadOnlyList<ProposalHistoryRow> History { get; private set; } = [];

    /// <summary>The role policy each button needs, as in the API; actions without a button here are absent.</summary>
    public static string? PolicyFor(ProposalAction action) => action switch
    {
        ProposalAction.ApplyToStaging or ProposalAction.Rebase or ProposalAction.VerifyStaging or ProposalAction.FailStagingVerification
            or ProposalAction.OverrideFailedVerification or ProposalAction.ApplyToProduction or ProposalAction.Abandon
            or ProposalAction.Edit => Policies.Engineer,
        ProposalAction.Approve or ProposalAction.Reject => Policies.Approver,
        ProposalAction.MarkVerified or ProposalAction.RollBack => Policies.Operator,
        _ => null,
    };

    public async Task LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            Proposal = await proposals.GetAsync(id, cancellationToken);
            if (Proposal is null)
            {
                Error = $"There is no proposal {id}: it may have been mistyped; open it from the proposal list.";
                State = LoadState.Failed;
                return;
            }
            Radius = ParseRadius(Proposal.BlastRadius);
            RadiusChange = await RadiusChangeAsync(Proposal, Radius, cancellationToken);
            var secret = Dashboard.Domain.BlastRadius.SettingKind.IsSecret(Proposal.Target.Key, Proposal.ProposedValue.Value, Proposal.ProposedValue.ContentType);
            History = [.. Proposal.Events.OrderBy(e => e.Sequence).Select(e => ToHistory(e, secret))];
            Actions = await AllowedActionsAsync(Proposal);
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
        if (PolicyFor(action) is not { } policy || !(await authorization.AuthorizeAsync(user, policy)).Succeeded)
        {
            Refusal = $"Your role does not allow this step ({action}); ask someone with the {PolicyFor(action) ?? "right"} role.";
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
        catch (Exception ex) when (ex is DomainException or ProposalConflictException or ProposalInputException or ProposalNotFoundException)
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
            ProposalAction.ApplyToStaging => proposals.ApplyToStagingAsync(id, actor, cancellationToken),
            ProposalAction.Edit => proposals.EditAsync(id, actor, input.Value, Proposal?.ProposedValue.ContentType, delete: false, cancellationToken),
            ProposalAction.Rebase => proposals.RebaseAsync(id, actor, cancellationToken),
            ProposalAction.VerifyStaging => proposals.VerifyStagingAsync(id, actor,
                input.Checklist ?? throw new DomainException("Verifying staging needs the signed checklist: tick every check you made."), cancellationToken),
            ProposalAction.FailStagingVerification => proposals.FailStagingVerificationAsync(id, actor, input.Reasons ?? [], cancellationToken),
            ProposalAction.OverrideFailedVerification => proposals.OverrideFailedVerificationAsync(id, actor, input.Reason ?? "", secondPerson, cancellationToken),
            ProposalAction.Approve => proposals.ApproveAsync(id, actor, cancellationToken),
            ProposalAction.Reject => proposals.RejectAsync(id, actor, input.Reason ?? "", cancellationToken),
            ProposalAction.ApplyToProduction => proposals.ApplyToProductionAsync(id, actor, cancellationToken),
            ProposalAction.MarkVerified => proposals.MarkVerifiedAsync(id, actor, cancellationToken),
            ProposalAction.RollBack => proposals.RollBackAsync(id, actor, cancellationToken),
            ProposalAction.Abandon => proposals.AbandonAsync(id, actor, input.Reason ?? "", cancellationToken),
            _ => throw new DomainException($"'{action}' cannot be taken from this page."),
        };

    private async Task<IReadOnlyList<ProposalAction>> AllowedActionsAsync(Proposal proposal)
    {
        var user = (await authenticationState.GetAuthenticationStateAsync()).User;
        var actor = CurrentActor.Of(user);
        var allowed = new List<ProposalAction>();
        foreach (var action in proposal.AvailableActions())
        {
            if (PolicyFor(action) is { } policy && (await authorization.AuthorizeAsync(user, policy)).Succeeded && MayDecide(actor, proposal, action))
                allowed.Add(action);
        }
        ApprovalNote = proposal.AvailableActions().Contains(ProposalAction.Approve) && !allowed.Contains(ProposalAction.Approve)
            ? actor.IsSamePersonAs(proposal.AuthorId)
                ? "You wrote this proposal: another person with the Approver role must approve it (admins too)."
                : "Waiting for approval by someone with the Approver role who did not write it."
            : null;
        return allowed;
    }

    /// <summary>Approval buttons follow the domain's rule (an Approver who is not the author), not just the API's role gate.</summary>
    private static bool MayDecide(ProposalActor actor, Proposal proposal, ProposalAction action) => action switch
    {
        ProposalAction.Approve => actor.HasRole(Roles.Approver) && !actor.IsSamePersonAs(proposal.AuthorId),
        ProposalAction.Reject => actor.HasRole(Roles.Approver),
        ProposalAction.Edit => actor.IsSamePersonAs(proposal.AuthorId),
        _ => true,
    };

    private async Task<Dashboard.Domain.BlastRadius.RadiusChange?> RadiusChangeAsync(Proposal proposal, Radius? submitted, CancellationToken cancellationToken)
    {
        if (submitted is null || proposal.State is not (ProposalState.Draft or ProposalState.AppliedToStaging or ProposalState.StagingVerified or ProposalState.Approved))
            return null;
        try
        {
            return await proposals.RadiusNowAsync(proposal, cancellationToken) is { } now ? Dashboard.Domain.BlastRadius.RadiusChange.Between(submitted, now) : null;
        }
        catch (Exception ex) when (ex is Dashboard.Domain.DomainException or Dashboard.Domain.ConfigStores.ConfigStoreException)
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
        e.At, e.ActorName, e.Action.ToString(), e.From is { } from ? $"{from} → {e.To}" : $"→ {e.To}",
        secret ? $"{e.Action} (values hidden: the setting is secret)" : e.Description);
}
