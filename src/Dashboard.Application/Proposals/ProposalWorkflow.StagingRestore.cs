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
        return await WriteOrConflictAsync(client, proposal.Target, ProposalEnvironment.Staging, value, stagingNow, cancellationToken);
    }

    private static string StagingRestoredText(Proposal proposal, ObservedSetting? stagingNow) =>
        stagingNow is not null && proposal.StagingToRestore is { } restore ? $"; staging holds {restore} again" : "";
}
