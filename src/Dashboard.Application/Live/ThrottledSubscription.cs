using Microsoft.Extensions.Logging;

namespace Dashboard.Application.Live;

/// <summary>
/// Collects changes and hands them over in batches, at most once per interval: a burst of a hundred changes is one
/// update of the page, not a hundred. A callback that throws is logged and the subscription carries on.
/// </summary>
internal sealed class ThrottledSubscription(
    IReadOnlySet<FeedTopic> topics,
    Func<IReadOnlyList<FeedEvent>, CancellationToken, Task> onChanges,
    TimeSpan interval,
    TimeProvider time,
    ILogger logger,
    Action<ThrottledSubscription> remove) : IDisposable
{
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _disposed = new();
    private List<FeedEvent> _pending = [];
    private bool _scheduled;
    private DateTimeOffset _lastDelivery = DateTimeOffset.MinValue;

    public IReadOnlySet<FeedTopic> Topics { get; } = topics;

    public void Post(FeedEvent change)
    {
        lock (_gate)
        {
            if (_disposed.IsCancellationRequested) return;
            _pending.Add(change);
            if (_scheduled) return;
            _scheduled = true;
        }
        _ = DeliverAsync();
    }

    private async Task DeliverAsync()
    {
        var token = _disposed.Token;
        try
        {
            var wait = _lastDelivery + interval - time.GetUtcNow();
            if (wait > TimeSpan.Zero) await Task.Delay(wait, time, token);
            List<FeedEvent> batch;
            lock (_gate)
            {
                batch = _pending;
                _pending = [];
            }
            _lastDelivery = time.GetUtcNow();
            await onChanges(batch, token);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            return;
        }
        catch (Exception error)
        {
            logger.LogError(error, "A live-feed subscriber failed to handle a change; it keeps its subscription");
        }
        bool again;
        lock (_gate)
        {
            again = _pending.Count > 0 && !token.IsCancellationRequested;
            _scheduled = again;
        }
        if (again) _ = DeliverAsync();
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed.IsCancellationRequested) return;
            _disposed.Cancel();
            _pending = [];
        }
        remove(this);
    }
}
