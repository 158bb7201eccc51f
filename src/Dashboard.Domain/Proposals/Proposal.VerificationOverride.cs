using Dashboard.Domain.Access;

namespace Dashboard.Domain.Proposals;

/// <summary>
/// Overriding a failed staging verification takes two people acting themselves: one asks, naming a second person, and only
/// that person, signed in, confirms it. Either of them can withdraw or decline the request while it waits.
/// </summary>
public sealed partial class Proposal
{
    /// <summary>The override request waiting for its second person, or null.</summary>
    // Only meaningful while staging stands failed: an override confirmed before confirmation existed has no ConfirmedAt either.
    public VerificationOverride? PendingOverride =>
        State == ProposalState.AppliedToStaging && VerificationOverride is { IsConfirmed: false } pending ? pending : null;

    /// <summary>
    /// Asks for the failed verification to be set aside, with a reason and the person who must confirm it: another Engineer,
    /// Approver or Admin. The proposal stays applied to staging until <paramref name="secondPerson"/> confirms.
    /// </summary>
    public void OverrideFailedVerification(ProposalActor actor, string reason, ProposalActor? secondPerson, DateTimeOffset at)
    {
        RequireAllowed(ProposalAction.OverrideFailedVerification);
        Permit(ProposalAction.OverrideFailedVerification, actor);
        if (StagingVerification is not { Passed: false })
            throw new DomainException("There is no failed staging verification to override: verify staging with the checklist instead.");
        if (PendingOverride is { } pending)
            throw new DomainException(
                $"An override asked for by {pending.OverriddenByName} already waits for {pending.SecondPersonName} to confirm it: wait for them, or withdraw it first.");
        var why = RequireText(reason, "reason for overriding the failed verification", "say why the failure does not block the change");
        if (secondPerson is null)
            throw new DomainException("Overriding a failed staging verification needs a second person: name another Engineer, Approver or Admin who agrees.");
        if (secondPerson.IsSamePersonAs(actor))
            throw new DomainException($"{actor.DisplayName} cannot be their own second person: ask another Engineer, Approver or Admin to confirm the override.");
        if (!secondPerson.HasAnyRole(ProposalActionTable.For(ProposalAction.ConfirmVerificationOverride).Roles.ToArray()))
            throw new DomainException(
                $"{secondPerson.DisplayName} cannot confirm the override: the second person needs the {Roles.Engineer}, {Roles.Approver} or {Roles.Admin} role.");

        VerificationOverride = new VerificationOverride(actor.UserId, actor.DisplayName, secondPerson.UserId, secondPerson.DisplayName, why, at);
        Record(actor, at, ProposalAction.OverrideFailedVerification, State,
            $"Asked to override the failed staging verification; waiting for {secondPerson.DisplayName} ({secondPerson.UserId}) to confirm: {why}", null, null);
    }

    /// <summary>The named second person confirms the override themselves: staging counts as verified.</summary>
    public void ConfirmVerificationOverride(ProposalActor actor, DateTimeOffset at)
    {
        var pending = RequirePendingOverride(ProposalAction.ConfirmVerificationOverride, actor);
        VerificationOverride = pending with { ConfirmedAt = at };
        Transition(actor, at, ProposalAction.ConfirmVerificationOverride, ProposalState.StagingVerified,
            $"Failed staging verification overridden: {actor.DisplayName} confirmed the override {pending.OverriddenByName} asked for: {pending.Reason}", null, null);
    }

    /// <summary>The requester withdraws the request, or the named second person declines it; the failed verification stands.</summary>
    public void DeclineVerificationOverride(ProposalActor actor, DateTimeOffset at)
    {
        var pending = RequirePendingOverride(ProposalAction.DeclineVerificationOverride, actor);
        VerificationOverride = null;
        var description = actor.IsSamePersonAs(pending.OverriddenById)
            ? $"{actor.DisplayName} withdrew the request to override the failed staging verification."
            : $"{actor.DisplayName} declined to confirm the override {pending.OverriddenByName} asked for; the failed staging verification stands.";
        Record(actor, at, ProposalAction.DeclineVerificationOverride, State, description, null, null);
    }

    private VerificationOverride RequirePendingOverride(ProposalAction action, ProposalActor actor)
    {
        RequireAllowed(action);
        var pending = PendingOverride
            ?? throw new DomainException("No override of a failed staging verification waits for confirmation: ask for one first.");
        Permit(action, actor);
        return pending;
    }

    /// <summary>Staging was verified, or the proposal closed: an unanswered override request no longer means anything.</summary>
    private void DropPendingOverride()
    {
        if (PendingOverride is not null) VerificationOverride = null;
    }
}
