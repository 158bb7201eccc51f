using Dashboard.Application.Errors;
using Dashboard.Domain;
using Dashboard.Domain.ConfigStores;
using Dashboard.Domain.Proposals;

namespace Dashboard.Application.Proposals;

/// <summary>
/// The three steps that write the store (staging apply, production apply, rollback) claim the write first: the claim is saved,
/// version-checked, before the store is touched, so a step racing it loses and a crash leaves a claim that
/// <see cref="InterruptedWrites"/> settles from what the store holds.
/// </summary>
public sealed partial class ProposalWorkflow
{
    private async Task<Proposal> ClaimedWriteAsync(Guid id, ProposalActor actor, ProposalAction step, CancellationToken cancellationToken)
    {
        var (claim, client, target, stagingNow) = await ClaimAsync(id, actor, step, cancellationToken);
        var label = target.LabelOf(claim.Environment);
        var place = target.Describe(claim.Environment);
        string? etag;
        try
        {
            etag = await WriteAsync(client, target.Key, label, ToWrite(claim.Writing), claim.Expected, cancellationToken);
        }
        catch (Exception refused) when (refused is ConfigStoreException conflict && IsConflict(conflict) || refused is InputException or DomainException)
        {
            throw await ReleaseRefusedAsync(id, actor, claim, client, target, refused);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            throw new InvalidOperationException(
                $"The write to {place} did not finish ({error.GetBaseException().Message}), so whether the store took it is unknown. "
                + $"Proposal {id} stays claimed by {actor.DisplayName}: opening it after the claim timeout reads the store and completes or releases the step.", error);
        }
        // The store holds the write now: completing the step must not be cancelled by a caller who went away.
        var (stagingRestored, stagingETag, stagingNote) = await RestoreStagingAfterRollbackAsync(client, id, stagingNow);
        return await ActAsync(id, proposal =>
        {
            proposal.CompleteClaim(actor, etag, time.GetUtcNow(), stagingRestored, stagingETag);
            var done = claim.Writing.Value is null ? $"{place} was deleted" : $"{place} now holds the proposed value (ETag '{etag}')";
            return Task.FromResult<string?>(done + stagingNote);
        }, CancellationToken.None);
    }

    /// <summary>Checks the step against what the store holds, then saves the claim; a concurrent step on the proposal makes this a conflict, with nothing written.</summary>
    private async Task<(WriteClaim Claim, IConfigStoreClient Client, ProposalTarget Target, ObservedSetting? StagingNow)> ClaimAsync(
        Guid id, ProposalActor actor, ProposalAction step, CancellationToken cancellationToken)
    {
        await using var unit = await units.BeginAsync(cancellationToken);
        var proposal = await unit.Proposals.FindAsync(id, cancellationToken) ?? throw NotFound(id);
        var client = await ClientForAsync(proposal, cancellationToken);
        ObservedSetting current;
        ObservedSetting? stagingNow = null;
        switch (step)
        {
            case ProposalAction.ApplyToStaging:
                // The staging write's own ETag condition decides; a moved staging becomes a recorded conflict.
                current = proposal.StagingBase;
                break;
            case ProposalAction.ApplyToProduction:
                current = await ReadAsync(client, proposal.Target, ProposalEnvironment.Production, cancellationToken);
                break;
            default:
                var read = await client.GetSettingAsync(proposal.Target.Key, proposal.Target.ProductionLabel, cancellationToken: cancellationToken);
                proposal.EnsureCanRollBack(actor, read.ETag, read.Setting is { } setting ? new SettingChange(null, setting.LastModified) : null);
                current = Observed(read);
                // A rollback puts staging back too; a staging that moved since is refused here, before anything is written.
                stagingNow = await StagingBeforeRestoreAsync(client, proposal, cancellationToken);
                break;
        }
        var claim = proposal.ClaimWrite(actor, step, current, time.GetUtcNow());
        await SaveAsync(unit, proposal, storeWrite: null, cancellationToken);
        return (claim, client, proposal.Target, stagingNow);
    }

    /// <summary>The store refused the write, so nothing was written: the claim is released (and a staging conflict recorded); returns the error for the caller.</summary>
    private async Task<Exception> ReleaseRefusedAsync(Guid id, ProposalActor actor, WriteClaim claim, IConfigStoreClient client, ProposalTarget target, Exception refused)
    {
        var found = await ReadAsync(client, target, claim.Environment, CancellationToken.None);
        var conflict = refused is ConfigStoreException;
        var why = conflict ? $"{target.Describe(claim.Environment)} changed since it was read" : refused.Message;
        var released = await ActAsync(id, proposal =>
        {
            var now = time.GetUtcNow();
            proposal.ReleaseRefusedClaim(actor, why, found, now);
            if (conflict && claim.Step == ProposalAction.ApplyToStaging)
                proposal.RecordStagingConflict(actor, found, now);
            return Task.FromResult<string?>(null);
        }, CancellationToken.None);
        if (!conflict) return refused;
        // A secret's current value never leaves in the message or the problem's "current".
        var shown = released.Shown(found);
        var current = released.IsSecret ? found with { Value = null } : found;
        if (claim.Step == ProposalAction.ApplyToStaging)
            return new ConflictException(
                $"Staging changed since the proposal read it: {target.Describe(ProposalEnvironment.Staging)} now holds {shown}. "
                + "The conflict is recorded; the author can rebase onto the current value and apply again.", current);
        return new ConflictException(
            $"{target.Describe(claim.Environment)} changed while this step ran (now {shown}); nothing was written and the step is released. Reload the proposal and look at the current value.",
            current, refused);
    }

    private static ProposedValue ToWrite(ObservedSetting writing) =>
        writing.Value is null ? ProposedValue.Delete() : ProposedValue.Set(writing.Value, writing.ContentType);
}
