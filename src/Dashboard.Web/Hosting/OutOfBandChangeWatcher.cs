using Dashboard.Application.ChangeWatch;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Hosting;

/// <summary>Runs the out-of-band change detector on a timer; a failed run is logged and the next tick tries again.</summary>
public sealed partial class OutOfBandChangeWatcher(
    OutOfBandChangeDetector detector,
    IOptions<ChangeWatchOptions> options,
    TimeProvider time,
    ILogger<OutOfBandChangeWatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.IntervalSeconds), time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
                await RunOnceAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutdown: nothing to finish, the checkpoint only moves with a completed run.
        }
    }

    private async Task RunOnceAsync(CancellationToken stoppingToken)
    {
        try
        {
            var found = await detector.DetectAsync(stoppingToken);
            foreach (var bypass in found)
                LogBypass(bypass.Store, bypass.Key, bypass.Label ?? "(null)", bypass.ActorOrUnknown);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            LogRunFailed(error);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Config change outside the pipeline: store {Store}, key {Key}, label {Label}, by {Actor}")]
    private partial void LogBypass(string store, string key, string label, string actor);

    [LoggerMessage(Level = LogLevel.Error, Message = "Checking the config stores for changes outside the pipeline failed; trying again at the next tick")]
    private partial void LogRunFailed(Exception error);
}
