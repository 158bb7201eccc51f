using Dashboard.Application.Live;

namespace Dashboard.Application.Tests.Health;

/// <summary>Keeps what was published; subscriptions are not needed by the store's tests.</summary>
public sealed class RecordingFeed : ILiveFeed
{
    public List<FeedEvent> Published { get; } = [];

    public void Publish(FeedEvent change) => Published.Add(change);

    public IDisposable Subscribe(IReadOnlySet<FeedTopic> topics, Func<IReadOnlyList<FeedEvent>, CancellationToken, Task> onChanges, TimeSpan? minimumInterval = null) =>
        throw new NotSupportedException("The series store only publishes.");
}
