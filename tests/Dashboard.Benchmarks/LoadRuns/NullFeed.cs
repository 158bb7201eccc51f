using Dashboard.Application.Live;

namespace Dashboard.Benchmarks.LoadRuns;

/// <summary>A live feed nobody listens to: the load runs measure the store and the probes, not the pages.</summary>
internal sealed class NullFeed : ILiveFeed
{
    public void Publish(FeedEvent change) { }

    public IDisposable Subscribe(IReadOnlySet<FeedTopic> topics, Func<IReadOnlyList<FeedEvent>, CancellationToken, Task> onChanges, TimeSpan? minimumInterval = null) =>
        throw new NotSupportedException();
}
