using Dashboard.Application.Errors;
using Dashboard.Domain.ConfigStores;
using Dashboard.Domain.Proposals;

namespace Dashboard.Application.Proposals;

// Rollback and Abandon restore staging too: read it and let the domain refuse before anything is written, then write it back.
public sealed partial class ProposalWorkflow
{
    /// <summary>What staging holds now, checked by the domain against this proposal's staging write; null when there is nothing to restore.</summary>
    private static async Task<ObservedSetting?> StagingBeforeRestoreAsync(IConfigStoreClient client, Proposal proposal, CancellationToken cancellationToken)
    {
        if (proposal.StagingToRestore is null) return null;
        var now = await ReadAsync(client, proposal.Target, ProposalEnvironment.Staging, cancellationToken);
        proposal.EnsureCanRestoreStaging(now);
        return now;
    }

    /// <summary>Writes staging back to the value this proposal's staging write replaced; returns the new ETag (null for a deletion or nothing to restore).</summary>
    private static async Task<string?> RestoreStagingAsync(IConfigStoreClient client, Proposal proposal, ObservedSetting? stagingNow, CancellationToken cancellationToken)
    {
        if (stagingNow is null || proposal.StagingToRestore is not { } restore) return null;
        var value = restore.Exists ? ProposedValue.Set(restore.Value ?? "", restore.ContentType) : ProposedValue.Delete();
        return await WriteOrConflictAsync(client, proposal, ProposalEnvironment.Staging, value, stagingNow, cancellationToken);
    }

    private static string StagingRestoredText(Proposal proposal, ObservedSetting? stagingNow) =>
        stagingNow is not null && proposal.StagingToRestore is { } restore ? $"; staging holds {restore} again" : "";

    /// <summary>
    /// After a rollback's production write: staging goes back too. Production is already restored, so a staging write that fails
    /// does not undo the rollback; the history and the answer say staging was left as it was.
    /// </summary>
    private async Task<(ObservedSetting? StagingNow, string? ETag, string Note)> RestoreStagingAfterRollbackAsync(
        IConfigStoreClient client, Guid id, ObservedSetting? stagingNow)
    {
        if (stagingNow is null) return (null, null, "");
        var proposal = await ProposalAsync(id);
        try
        {
            var etag = await RestoreStagingAsync(client, proposal, stagingNow, CancellationToken.None);
            return (stagingNow, etag, StagingRestoredText(proposal, stagingNow));
        }
        catch (Exception error) when (error is ConflictException or ConfigStoreException)
        {
            return (null, null, $"; staging was NOT restored ({error.Message}) and still holds what it held");
        }
    }

    private async Task<Proposal> ProposalAsync(Guid id)
    {
        await using var unit = await units.BeginAsync(CancellationToken.None);
        return await unit.Proposals.FindAsync(id, CancellationToken.None) ?? throw NotFound(id);
    }

    /// <summary>Runs a step on a copy that is never saved, so the store is not written when the domain would refuse the step.</summary>
    private async Task DryRunAsync(Guid id, Action<Proposal> step, CancellationToken cancellationToken)
    {
        await using var unit = await units.BeginAsync(cancellationToken);
        step(await unit.Proposals.FindAsync(id, cancellationToken) ?? throw NotFound(id));
    }

    private static async Task<string?> WriteOrConflictAsync(
        IConfigStoreClient client, Proposal proposal, ProposalEnvironment environment, ProposedValue value, ObservedSetting expected, CancellationToken cancellationToken)
    {
        var target = proposal.Target;
        try
        {
            return await WriteAsync(client, target.Key, target.LabelOf(environment), value, expected, cancellationToken);
        }
        catch (ConfigStoreException error) when (IsConflict(error))
        {
            // A secret's current value never leaves in the message or the problem's "current".
            var found = await ReadAsync(client, target, environment, cancellationToken);
            throw new ConflictException(
                $"{target.Describe(environment)} changed while this step ran (now {proposal.Shown(found)}); nothing was written there. Reload the proposal and look at the current value.",
                proposal.IsSecret ? found with { Value = null } : found, error);
        }
    }
}
