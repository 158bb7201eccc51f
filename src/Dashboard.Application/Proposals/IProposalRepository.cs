using Dashboard.Domain.Proposals;

namespace Dashboard.Application.Proposals;

public interface IProposalRepository
{
    /// <summary>The proposal, tracked for a change (null when there is none).</summary>
    Task<Proposal?> FindAsync(Guid id, CancellationToken cancellationToken);

    void Add(Proposal proposal);

    /// <summary>The proposals for these keys in one store, read only: what the pipeline wrote, for the change watch.</summary>
    Task<IReadOnlyList<Proposal>> ForKeysAsync(string store, IReadOnlyCollection<string> keys, CancellationToken cancellationToken);

    /// <summary>The proposals whose store write was claimed before <paramref name="cutoff"/> and never completed.</summary>
    Task<IReadOnlyList<Guid>> ClaimedBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);
}
