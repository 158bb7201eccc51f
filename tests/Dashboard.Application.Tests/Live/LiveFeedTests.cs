using Dashboard.Application.Live;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Dashboard.Application.Tests.Live;

public sealed class LiveFeedTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _time = new(Start);
    private readonly LiveFeed _feed;

    public LiveFeedTests() => _feed = new LiveFeed(_time, NullLogger<LiveFeed>.Instance);

    [Fact]
    public async Task Publish_FirstChange_IsDeliveredAtOnce()
    {
        var received = new Received();
        using var _ = _feed.Subscribe(Topics(FeedTopic.Proposals), received.Handle);

        _feed.Publish(new FeedEvent(FeedTopic.Proposals, "p-1", Start));

        var batch = await received.NextAsync();
        Assert.Equal("p-1", Assert.Single(batch).Subject);
    }

    [Fact]
    public async Task Publish_Burst_IsOneBatchAfterTheInterval()
    {
        var received = new Received();
        using var _ = _feed.Subscribe(Topics(FeedTopic.Proposals), received.Handle, TimeSpan.FromSeconds(1));
        _feed.Publish(new FeedEvent(FeedTopic.Proposals, "first", Start));
        await received.NextAsync();

        for (var i = 0; i < 100; i++) _feed.Publish(new FeedEvent(FeedTopic.Proposals, $"burst-{i}", Start));
        await Task.Delay(50);
        Assert.Equal(1, received.Count);

        _time.Advance(TimeSpan.FromSeconds(1));
        var batch = await received.NextAsync();
        Assert.Equal(100, batch.Count);
        Assert.Equal(2, received.Count);
    }

    [Fact]
    public async Task Publish_OtherTopic_IsNotDelivered()
    {
        var received = new Received();
        using var _ = _feed.Subscribe(Topics(FeedTopic.Health), received.Handle);

        _feed.Publish(new FeedEvent(FeedTopic.Proposals, "p-1", Start));
        _feed.Publish(new FeedEvent(FeedTopic.Health, "billing-api", Start));

        Assert.Equal("billing-api", Assert.Single(await received.NextAsync()).Subject);
    }

    [Fact]
    public async Task Dispose_StopsDeliveryAndRemovesTheSubscriber()
    {
        var received = new Received();
        var subscription = _feed.Subscribe(Topics(FeedTopic.Proposals), received.Handle);
        Assert.Equal(1, _feed.SubscriberCount);

        subscription.Dispose();
        _feed.Publish(new FeedEvent(FeedTopic.Proposals, "p-1", Start));
        await Task.Delay(50);

        Assert.Equal(0, _feed.SubscriberCount);
        Assert.Equal(0, received.Count);
    }

    [Fact]
    public async Task Subscriber_ThatThrows_KeepsReceiving()
    {
        var calls = 0;
        var second = new TaskCompletionSource();
        using var _ = _feed.Subscribe(Topics(FeedTopic.Proposals), (_, _) =>
        {
            if (Interlocked.Increment(ref calls) == 1) throw new InvalidOperationException("page gone wrong");
            second.TrySetResult();
            return Task.CompletedTask;
        }, TimeSpan.Zero);

        _feed.Publish(new FeedEvent(FeedTopic.Proposals, "p-1", Start));
        await Task.Delay(50);
        _feed.Publish(new FeedEvent(FeedTopic.Proposals, "p-2", Start));

        await second.Task.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(2, calls);
    }

    private static HashSet<FeedTopic> Topics(params FeedTopic[] topics) => [.. topics];

    private sealed class Received
    {
        private readonly System.Threading.Channels.Channel<IReadOnlyList<FeedEvent>> _batches =
            System.Threading.Channels.Channel.CreateUnbounded<IReadOnlyList<FeedEvent>>();
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public Task Handle(IReadOnlyList<FeedEvent> batch, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _count);
            _batches.Writer.TryWrite(batch);
            return Task.CompletedTask;
        }

        public async Task<IReadOnlyList<FeedEvent>> NextAsync() =>
            await _batches.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(5));
    }
}
