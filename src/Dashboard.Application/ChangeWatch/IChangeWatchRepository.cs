using Dashboard.Domain.Proposals;

namespace Dashboard.Application.ChangeWatch;

public interface IChangeWatchRepository
{
    /// <summary>How far the watch has read <paramref name="store"/>'s history, tracked; null before its first look.</summary>
    Task<ChangeWatchCheckpoint?> CheckpointAsync(string store, CancellationToken cancellationToken);

    void AddCheckpoint(ChangeWatchCheckpoint checkpoint);

    /// <summary>The changes already recorded for these keys of <paramref name="store"/>.</summary>
    Task<IReadOnlyList<BypassedChange>> RecordedAsync(string store, IReadOnlyCollection<string> keys, CancellationToken cancellationToken);

    void AddBypassed(IEnumerable<BypassedChange> changes);
}
