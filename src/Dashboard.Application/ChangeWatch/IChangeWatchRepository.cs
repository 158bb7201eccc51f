using Dashboard.Domain.ChangeWatch;
using Dashboard.Domain.Proposals;

namespace Dashboard.Application.ChangeWatch;

public interface IChangeWatchRepository
{
    /// <summary>Every store's snapshot from the last look, tracked, by store name (case-insensitive).</summary>
    Task<Dictionary<string, StoreSnapshot>> SnapshotsAsync(CancellationToken cancellationToken);

    void AddSnapshot(StoreSnapshot snapshot);

    /// <summary>The changes already recorded for these keys of <paramref name="store"/>.</summary>
    Task<IReadOnlyList<BypassedChange>> RecordedAsync(string store, IReadOnlyCollection<string> keys, CancellationToken cancellationToken);

    void AddBypassed(IEnumerable<BypassedChange> changes);

    /// <summary>One recorded change, tracked, so handling it is saved with the unit.</summary>
    Task<BypassedChange?> FindBypassedAsync(long id, CancellationToken cancellationToken);
}
