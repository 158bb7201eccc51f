namespace Dashboard.Domain.Proposals;

/// <summary>Staging verified from health evidence: the soak's verdict decides instead of a signed checklist.</summary>
public sealed partial class Proposal
{
    /// <summary>The services whose staging health decides the soak: those the stored blast radius names.</summary>
    public IReadOnlyList<string> SoakServices => RadiusServices.Of(BlastRadius);

    /// <summary>
    /// Verifies staging on the soak's verdict: passed moves the proposal to staging verified; failed records the failure with
    /// each service's numbers and keeps it applied to staging. Refused while the soak runs (<paramref name="verdict"/> null)
    /// and when the staging telemetry gave no evidence, which leaves the signed checklist as the way to verify.
    /// </summary>
    public void VerifyStagingBySoak(ProposalActor actor, StagingSoakVerdict? verdict, DateTimeOffset soakEndsAt, DateTimeOffset at)
    {
        RequireAllowed(ProposalAction.VerifyStaging);
        Permit(ProposalAction.VerifyStaging, actor);
        if (verdict is null)
            throw new DomainException(
                $"Staging is still soaking until {soakEndsAt:yyyy-MM-dd HH:mm:ss zzz}: the affected services' staging health decides after "
                + $"{Math.Ceiling((soakEndsAt - at).TotalMinutes):0} more min. Verify again then.");
        if (verdict.Outcome == SoakOutcome.NoEvidence)
            throw new DomainException($"{verdict.Summary.TrimEnd('.')}: tick the checks you made in the signed checklist.");
        RequireRefreshWaitOver(at);

        var passed = verdict.Outcome == SoakOutcome.Passed;
        StagingVerification = new StagingVerificationResult(passed, verdict.Reasons, StagingSoakVerdict.SoakMethod, actor.UserId, actor.DisplayName, at);
        if (passed)
            Transition(actor, at, ProposalAction.VerifyStaging, ProposalState.StagingVerified, verdict.Summary, null, null);
        else
            Record(actor, at, ProposalAction.FailStagingVerification, State, verdict.Summary, null, null);
    }

    private void RequireRefreshWaitOver(DateTimeOffset at)
    {
        if (StagingEvidenceAt is { } ready && at < ready)
            throw new DomainException(
                $"Staging cannot be verified yet: this is a {BlastRadius.RiskLevel} change and {Gate.WaitReason}, so the affected services may not have read "
                + $"the value until {ready:yyyy-MM-dd HH:mm:ss zzz}. Verify again in {Math.Ceiling((ready - at).TotalSeconds):0} s.");
    }
}
