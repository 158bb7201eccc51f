using Dashboard.Application.Errors;
using Dashboard.Application.Persistence;
using Dashboard.Domain.Catalog;
using Dashboard.Domain.ConfigStores;
using Dashboard.Domain.Proposals;

namespace Dashboard.Application.Proposals;

/// <summary>
/// Settles the claims that store writes leave when they are interrupted (a crash, a lost connection between the store write and
/// the save that completes the step): once a claim is older than <paramref name="claimTimeout"/>, the store is read, and the step
/// is completed in the claimant's name (the write is there) or released (it is not), with an entry naming who recorded it.
/// The timeout must outlast the longest store write, so a write still in flight is never settled from under its writer.
/// </summary>
public sealed class InterruptedWrites(
    IUnitOfWorkFactory units,
    IProposalQueries queries,
    ICatalogSource catalog,
    IConfigStoreClientFactory stores,
    TimeProvider time,
    TimeSpan claimTimeout)
{
    public static readonly TimeSpan DefaultClaimTimeout = TimeSpan.FromMinutes(2);

    /// <summary>The recovery pass's name in the history, for claims it settles without anyone opening the proposal.</summary>
    public static readonly ProposalActor RecoveryPass = new("dashboard-recovery", "the dashboard's recovery pass", []);

    public TimeSpan ClaimTimeout { get; } = claimTimeout >= TimeSpan.Zero
        ? claimTimeout
        : throw new ArgumentOutOfRangeException(nameof(claimTimeout), claimTimeout, "The claim timeout cannot be negative.");

    /// <summary>The proposal as <paramref name="viewer"/> opens it: an interrupted write past the timeout is settled first.</summary>
    public async Task<Proposal?> OpenAsync(Guid id, ProposalActor viewer, CancellationToken cancellationToken)
    {
        var proposal = await queries.GetAsync(id, cancellationToken);
        if (proposal?.ClaimedAt is not { } claimedAt || !IsStale(claimedAt)) return proposal;
        await ResolveAsync(id, viewer, cancellationToken);
        return await queries.GetAsync(id, cancellationToken);
    }

    /// <summary>Settles every claim past the timeout; returns how many were settled. Run at start-up and periodically.</summary>
    public async Task<int> ResolveAllAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<Guid> claimed;
        await using (var unit = await units.BeginAsync(cancellationToken))
            claimed = await unit.Proposals.ClaimedBeforeAsync(time.GetUtcNow() - ClaimTimeout, cancellationToken);
        var settled = 0;
        foreach (var id in claimed)
            if (await ResolveAsync(id, RecoveryPass, cancellationToken)) settled++;
        return settled;
    }

    /// <summary>Settles the proposal's claim if it is past the timeout; false when there was none, or someone settled it first.</summary>
    public async Task<bool> ResolveAsync(Guid id, ProposalActor resolver, CancellationToken cancellationToken)
    {
        await using var unit = await units.BeginAsync(cancellationToken);
        var proposal = await unit.Proposals.FindAsync(id, cancellationToken) ?? throw ProposalWorkflow.NotFound(id);
        if (proposal.Claim is not { } claim || !IsStale(claim.At)) return false;
        var client = stores.For(await StoreOfAsync(proposal, cancellationToken));
        var read = await client.GetSettingAsync(proposal.Target.Key, proposal.Target.LabelOf(claim.Environment), cancellationToken: cancellationToken);
        var found = read.Setting is { } setting ? new ObservedSetting(setting.Value, setting.ContentType, setting.ETag) : ObservedSetting.Absent;
        proposal.ResolveClaim(resolver, found, time.GetUtcNow());
        try
        {
            await unit.SaveAsync(cancellationToken);
            return true;
        }
        catch (ConcurrentChangeException)
        {
            // Another pass, or the person opening it, settled it first from the same store read.
            return false;
        }
    }

    private bool IsStale(DateTimeOffset claimedAt) => time.GetUtcNow() - claimedAt >= ClaimTimeout;

    private async Task<ConfigStore> StoreOfAsync(Proposal proposal, CancellationToken cancellationToken)
    {
        var loaded = await catalog.LoadAsync(cancellationToken);
        return loaded.Stores.FirstOrDefault(s => string.Equals(s.Name, proposal.Target.Store, StringComparison.OrdinalIgnoreCase))
            ?? throw new ConflictException(
                $"Proposal {proposal.Id} has an interrupted write to store '{proposal.Target.Store}', which is no longer in the catalog: add the store back so the write can be checked.");
    }
}
