using Dashboard.Application.Audit;
using Dashboard.Application.Live;

namespace Dashboard.Web.Hosting;

/// <summary>
/// Reads the audit log's new entries every second and publishes what they mean to this instance's live feed. The audit log
/// is shared by every instance, so a step taken anywhere reaches every open page within about a second plus the page's throttle.
/// </summary>
public sealed partial class LiveFeedPublisher(IAuditLog audit, ILiveFeed feed, TimeProvider time, ILogger<LiveFeedPublisher> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);
    private const int BatchSize = 500;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        long last = -1;
        using var timer = new PeriodicTimer(Interval, time);
        try
        {
            do
            {
                try
                {
                    // Start from the log's end: what happened before this instance started is on the pages already.
                    if (last < 0) last = await audit.LastSequenceAsync(stoppingToken);
                    else last = await PublishAfterAsync(last, stoppingToken);
                }
                catch (Exception error) when (error is not OperationCanceledException)
                {
                    LogReadFailed(error);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutdown.
        }
    }

    private async Task<long> PublishAfterAsync(long last, CancellationToken cancellationToken)
    {
        var entries = await audit.AfterAsync(last, BatchSize, cancellationToken);
        foreach (var entry in entries)
            if (AuditFeed.From(entry) is { } change) feed.Publish(change);
        return entries.Count > 0 ? entries[^1].Sequence : last;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reading the audit log for live updates failed; trying again in a second")]
    private partial void LogReadFailed(Exception error);
}
