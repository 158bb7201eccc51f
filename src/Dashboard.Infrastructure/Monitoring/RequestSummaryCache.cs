using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Dashboard.Infrastructure.Health;

namespace Dashboard.Infrastructure.Monitoring;

/// <summary>
/// One summarised query per workspace per refresh interval, whoever asks and however often: the service allows about
/// 200 queries per 30 s per identity, so the answer — or the failure — is shared until the interval is nearly over,
/// and concurrent askers wait for the one query in flight.
/// </summary>
public sealed class RequestSummaryCache(LogAnalyticsClient client, IOptions<HealthOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.OrdinalIgnoreCase);
    private int _queriesSent;

    /// <summary>How many queries this cache has sent, for the source's status line and tests.</summary>
    public int QueriesSent => Volatile.Read(ref _queriesSent);

    public async Task<RequestSummary> GetAsync(string workspaceId, CancellationToken cancellationToken)
    {
        var entry = _entries.GetOrAdd(workspaceId, _ => new Entry());
        if (entry.FreshResult(time.GetUtcNow(), FreshFor) is { } cached) return cached;
        await entry.Gate.WaitAsync(cancellationToken);
        try
        {
            if (entry.FreshResult(time.GetUtcNow(), FreshFor) is { } fetched) return fetched;
            var settings = options.Value.LogAnalytics;
            var now = time.GetUtcNow();
            Interlocked.Increment(ref _queriesSent);
            try
            {
                var result = await client.QueryAsync(workspaceId, RequestSummaryQuery.For(settings.Table),
                    LogsTimeRange.Last(TimeSpan.FromMinutes(settings.LookbackMinutes), now), cancellationToken);
                var summary = new RequestSummary(now, RequestSummaryQuery.Read(result.PrimaryTable), result.PartialError);
                entry.Store(summary, null, now);
                return summary;
            }
            catch (LogAnalyticsException failure)
            {
                entry.Store(null, failure, now);
                throw;
            }
        }
        finally
        {
            entry.Gate.Release();
        }
    }

    // A little under the interval, so the scheduler's next tick finds the answer stale and queries again.
    private TimeSpan FreshFor => TimeSpan.FromSeconds(options.Value.LogAnalytics.RefreshSeconds * 0.9);

    private sealed class Entry
    {
        private RequestSummary? _summary;
        private LogAnalyticsException? _failure;
        private DateTimeOffset _at;

        public SemaphoreSlim Gate { get; } = new(1, 1);

        public RequestSummary? FreshResult(DateTimeOffset now, TimeSpan freshFor)
        {
            if (now - _at >= freshFor || (_summary is null && _failure is null)) return null;
            if (_failure is not null) throw _failure;
            return _summary;
        }

        public void Store(RequestSummary? summary, LogAnalyticsException? failure, DateTimeOffset at)
        {
            _summary = summary;
            _failure = failure;
            _at = at;
        }
    }
}
