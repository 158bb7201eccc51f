using System.Threading.Channels;
using Dashboard.Application.Live;

namespace Dashboard.Web.Tests;

/// <summary>
/// A live feed a test writes into: each written change is handed to the subscribers of its topic at once, in order, on a
/// background reader, as the real feed does from its own upstream.
/// </summary>
public sealed class ChannelLiveFeed : ILiveFeed, IDisposable
{
    private readonly Channel<FeedEvent> _changes = Channel.CreateUnbounded<FeedEvent>();
    private readonly Lock _gate = new();
    private readonly List<Subscriber> _subscribers = [];
    private readonly CancellationTokenSource _stopped = new();

    public ChannelLiveFeed() => _ = DeliverAsync();

    public int SubscriberCount
    {
        get
        {
            lock (_gate) return _subscribers.Count;
        }
    }

    public void Publish(FeedEvent change) => _changes.Writer.TryWrite(change);

    public IDisposable Subscribe(IReadOnlySet<FeedTopic> topics, Func<IReadOnlyList<FeedEvent>, CancellationToken, Task> onChanges, TimeSpan? minimumInterval = null)
    {
        var subscriber = new Subscriber(topics, onChanges, this);
        lock (_gate) _subscribers.Add(subscriber);
        return subscriber;
    }

    private async Task DeliverAsync()
    {
        await foreach (var change in _changes.Reader.ReadAllAsync(_stopped.Token))
        {
            Subscriber[] receivers;
            lock (_gate) receivers = [.. _subscribers.Where(s => s.Topics.Contains(change.Topic))];
            foreach (var receiver in receivers) await receiver.OnChanges([change], _stopped.Token);
        }
    }

    public void Dispose()
    {
        _stopped.Cancel();
        _stopped.Dispose();
    }

    private sealed record Subscriber(IReadOnlySet<FeedTopic> Topics, Func<IReadOnlyList<FeedEvent>, CancellationToken, Task> OnChanges, ChannelLiveFeed Feed)
        : IDisposable
    {
        public void Dispose()
        {
            lock (Feed._gate) Feed._subscribers.Remove(this);
        }
    }
}
