namespace Dashboard.Domain.Proposals;

/// <summary>How far the out-of-band watcher has read one store's history: the newest change it has seen.</summary>
public sealed class ChangeWatchCheckpoint(string store, DateTimeOffset lastSeen)
{
    public string Store { get; private set; } = store;
    public DateTimeOffset LastSeen { get; private set; } = lastSeen;

    public void MoveTo(DateTimeOffset seen)
    {
        if (seen > LastSeen) LastSeen = seen;
    }
}
