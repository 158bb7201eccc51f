using System.Globalization;

namespace Dashboard.Domain.Proposals;

/// <summary>
/// Claim before write: apply and rollback first save a <see cref="WriteClaim"/> (version-checked like any step), then write the
/// store, then complete the step. A step racing the claim loses; a claim left by a crash is settled from what the store holds.
/// </summary>
public sealed partial class Proposal
{
    /// <summary>The store write in progress, or null; while set, every other step is refused.</summary>
    public WriteClaim? Claim { get; private set; }

    /// <summary>When <see cref="Claim"/> was made (null without one): stored in its own column so interrupted writes can be found.</summary>
    public DateTimeOffset? ClaimedAt { get; private set; }

    /// <summary>
    /// Records that <paramref name="actor"/> is about to write the store for <paramref name="step"/> (staging apply, production
    /// apply or rollback), after the same checks the step makes; <paramref name="current"/> is what the store holds now.
    /// </summary>
    public WriteClaim ClaimWrite(ProposalActor actor, ProposalAction step, ObservedSetting current, DateTimeOffset at)
    {
        var (environment, expected, writing) = step switch
        {
            ProposalAction.ApplyToStaging => EnsureStagingClaim(actor),
            ProposalAction.ApplyToProduction => EnsureProductionClaim(actor, current),
            ProposalAction.RollBack => EnsureRollbackClaim(actor, current),
            _ => throw new DomainException($"Only staging apply, production apply and rollback write the store; {step} takes no claim."),
        };
        var claim = new WriteClaim(step, environment, actor.UserId, actor.DisplayName, actor.Roles, at, expected, writing);
        Claim = claim;
        ClaimedAt = at;
        Record(actor, at, ProposalAction.ClaimWrite, State,
            $"{actor.DisplayName} started to {Verb(step)} {Target.Describe(environment)}: writing {Describe(writing)} where the store holds {expected}.",
            expected.ToString(), Describe(writing));
        return claim;
    }

    /// <summary>The claimed write went through and the store gave <paramref name="newETag"/>: the step completes as its own method would.</summary>
    /// <param name="stagingNow">For a rollback that also put staging back: what staging held before (null: staging was not restored).</param>
    /// <param name="stagingRestoredETag">The ETag of that staging restore.</param>
    public void CompleteClaim(ProposalActor actor, string? newETag, DateTimeOffset at, ObservedSetting? stagingNow = null, string? stagingRestoredETag = null)
    {
        var claim = Claim ?? throw new DomainException("There is no write in progress on this proposal to complete: reload it to see what happened.");
        if (!actor.IsSamePersonAs(claim.ActorId))
            throw new DomainException($"The write in progress is {claim.ActorName}'s: only they complete it; anyone else resolves it after an interruption.");
        Settle(claim, () => Complete(claim, claim.Claimant(), newETag, at, stagingNow, stagingRestoredETag));
    }

    /// <summary>
    /// Settles a claim left by an interrupted write from <paramref name="found"/>, what the store holds now: the write is there, so the step
    /// completes in the claimant's name with a note saying so; or it is not, so the claim is released and the history says nothing was written.
    /// </summary>
    public void ResolveClaim(ProposalActor resolver, ObservedSetting found, DateTimeOffset at)
    {
        var claim = Claim ?? throw new DomainException("There is no write in progress on this proposal to resolve: reload it to see what happened.");
        var claimed = claim.At.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
        var place = Target.Describe(claim.Environment);
        if (claim.WasWritten(found))
        {
            Settle(claim, () => Complete(claim, claim.Claimant(), found.ETag, at));
            Record(resolver, at, ProposalAction.ResolveClaim, State,
                $"Completed after an interruption: {claim.ActorName} started to {Verb(claim.Step)} {place} at {claimed} and the store holds that write ({Shown(found)}); "
                + $"recorded by {resolver.DisplayName}.", claim.Expected.ToString(), Shown(found));
            return;
        }
        Settle(claim, () => { });
        Record(resolver, at, ProposalAction.ResolveClaim, State,
            $"Released after an interruption: {claim.ActorName} started to {Verb(claim.Step)} {place} at {claimed}, but the store holds {Shown(found)}, not that write, "
            + $"so nothing was written; recorded by {resolver.DisplayName}. The step can be taken again.", claim.Expected.ToString(), Shown(found));
    }

    /// <summary>The claimed write was refused (<paramref name="why"/>, e.g. the store's ETag moved): nothing was written, and the history says so.</summary>
    public void ReleaseRefusedClaim(ProposalActor actor, string why, ObservedSetting found, DateTimeOffset at)
    {
        var claim = Claim ?? throw new DomainException("There is no write in progress on this proposal to release: reload it to see what happened.");
        Settle(claim, () => { });
        Record(actor, at, ProposalAction.ResolveClaim, State,
            $"Released: the write to {Target.Describe(claim.Environment)} was refused ({why}); the store holds {Shown(found)}, nothing was written.",
            claim.Expected.ToString(), Shown(found));
    }

    /// <summary>Whether a write in flight (or interrupted and awaiting recovery) on this proposal targets <paramref name="key"/> under <paramref name="label"/>.</summary>
    public bool HasClaimOn(string key, string? label) =>
        Claim is { } claim
        && string.Equals(key, Target.Key, StringComparison.Ordinal)
        && string.Equals(label, Target.LabelOf(claim.Environment), StringComparison.Ordinal);

    private void RequireNoClaim()
    {
        if (Claim is { } claim)
            throw new DomainException(
                $"{claim.ActorName} is writing this proposal's change to {claim.Environment.ToString().ToLowerInvariant()} "
                + $"(started {claim.At.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture)}): wait for that step to finish and reload; "
                + "a write interrupted by a crash is resolved when the proposal is next opened after the claim timeout.");
    }

    /// <summary>Clears the claim for <paramref name="step"/>; if the step throws, the claim stands again and nothing changed.</summary>
    private void Settle(WriteClaim claim, Action step)
    {
        Claim = null;
        ClaimedAt = null;
        try
        {
            step();
        }
        catch
        {
            Claim = claim;
            ClaimedAt = claim.At;
            throw;
        }
    }

    private void Complete(WriteClaim claim, ProposalActor actor, string? newETag, DateTimeOffset at,
        ObservedSetting? stagingNow = null, string? stagingRestoredETag = null)
    {
        switch (claim.Step)
        {
            case ProposalAction.ApplyToStaging:
                ApplyToStaging(actor, newETag, at);
                break;
            case ProposalAction.ApplyToProduction:
                ApplyToProduction(actor, claim.Expected, newETag, at);
                break;
            default:
                RollBack(actor, claim.Expected.ETag, at, restoredETag: newETag, stagingNow: stagingNow, stagingRestoredETag: stagingRestoredETag);
                break;
        }
    }

    private (ProposalEnvironment, ObservedSetting, ObservedSetting) EnsureStagingClaim(ProposalActor actor)
    {
        EnsureCanApplyToStaging(actor);
        return (ProposalEnvironment.Staging, StagingBase, Writing(ProposedValue));
    }

    private (ProposalEnvironment, ObservedSetting, ObservedSetting) EnsureProductionClaim(ProposalActor actor, ObservedSetting current)
    {
        EnsureCanApplyToProduction(actor, current);
        return (ProposalEnvironment.Production, current, Writing(ProposedValue));
    }

    private (ProposalEnvironment, ObservedSetting, ObservedSetting) EnsureRollbackClaim(ProposalActor actor, ObservedSetting current)
    {
        EnsureCanRollBack(actor, current.ETag);
        var restore = ProductionApply!.Replaced;
        return (ProposalEnvironment.Production, current, restore.Exists ? new ObservedSetting(restore.Value ?? "", restore.ContentType, null) : ObservedSetting.Absent);
    }

    /// <summary>The value a write sets, without an ETag (the store gives it one); a deletion is <see cref="ObservedSetting.Absent"/>.</summary>
    private static ObservedSetting Writing(ProposedValue value) =>
        value.IsDelete ? ObservedSetting.Absent : new ObservedSetting(value.Value, value.ContentType, null);

    /// <summary>What the store holds, for the history: a secret's value is left out (a value no one proposed would not be caught by the mask).</summary>
    public string Shown(ObservedSetting found) =>
        IsSecret && found.Exists ? $"{ConfigMap.SecretDetector.Mask} (secret, ETag '{found.ETag}')" : found.ToString();

    private static string Describe(ObservedSetting writing) => writing.Value is null ? "(delete the key)" : $"'{writing.Value}'";
}
