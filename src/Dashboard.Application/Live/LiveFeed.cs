using Microsoft.Extensions.Logging;

namespace Dashboard.Application.Live;

/// <summary>The in-process fan-out of <see cref="ILiveFeed"/>: a singleton shared by every circuit, holding no per-user state.</summary>
public sealed class LiveFeed(TimeProvider time, ILogger<LiveFeed> logger) : ILiveFeed
{
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromSeconds(1);

    private readonly Lock _gate = new();
    private readonly List<ThrottledSubscription> _subscriptions = [];

    public int SubscriberCount
    {
        get
        {
            lock (_gate) return _subscriptions.Count;
        }
    }

    public void Publish(FeedEvent change)
    {
        ThrottledSubscription[] receivers;
        lock (_gate) receivers = [.. _subscriptions.Where(s => s.Topics.Contains(change.Topic))];
        foreach (var subscription in receivers) subscription.Post(change);
    }

    public IDisposable Subscribe(IReadOnlySet<FeedTopic> topics, Func<IReadOnlyList<FeedEvent>, CancellationToken, Task> onChanges, TimeSpan? minimumInterval = null)
    {
        var subscription = new ThrottledSubscription(topics, onChanges, minimumInterval ?? DefaultInterval, time, logger, Remove);
        lock (_gate) _subscriptions.Add(subscription);
        return subscription;
    }

    private void Remove(ThrottledSubscription subscription)
    {
        lock (_gate) _subscriptions.Remove(subscription);
    }
}
