namespace Dashboard.Application.Live;

/// <summary>
/// Changes as they happen, for pages that show them live. One upstream source publishes each topic; many subscribers
/// receive throttled batches. A subscription lasts until it is disposed, which a component does when it goes away.
/// </summary>
public interface ILiveFeed
{
    void Publish(FeedEvent change);

    /// <param name="onChanges">Receives every change published since its last call, at most once per <paramref name="minimumInterval"/>.</param>
    /// <param name="minimumInterval">Defaults to <see cref="LiveFeed.DefaultInterval"/>: at most one update a second per subscriber.</param>
    IDisposable Subscribe(IReadOnlySet<FeedTopic> topics, Func<IReadOnlyList<FeedEvent>, CancellationToken, Task> onChanges, TimeSpan? minimumInterval = null);
}
