using Dashboard.Application.Health;
using Dashboard.Application.Leases;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Dashboard.Infrastructure.Health;

/// <summary>
/// Runs every health source on its own interval (the probes every 10 s, Azure Monitor Logs every minute) with a
/// <see cref="PeriodicTimer"/>, never on a page's request path, and hands each reading to the series store. Each run
/// first asks the <see cref="IRunGate"/>: with several dashboard instances only the lease holder probes. A failed run
/// is logged and the next tick tries again; a run that overruns its interval skips the ticks it missed.
/// </summary>
public sealed class ProbeScheduler(
    IEnumerable<IHealthSource> sources,
    IHealthWatchListSource watchListSource,
    HealthSeriesStore store,
    IRunGate gate,
    IEnumerable<IHealthTransitionHandler> transitionHandlers,
    TimeProvider time,
    ILogger<ProbeScheduler> logger) : BackgroundService
{
    private readonly IReadOnlyList<IHealthTransitionHandler> _handlers = [.. transitionHandlers];
    private HealthWatchList? _lastWatchList;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.WhenAll(sources.Select(source => RunAsync(source, stoppingToken)));
        }
        finally
        {
            await gate.StandDownAsync(CancellationToken.None);
        }
    }

    private async Task RunAsync(IHealthSource source, CancellationToken stoppingToken)
    {
        // Leave the host's start path at once; the first run happens on the thread pool, not in StartAsync.
        await Task.Yield();
        using var timer = new PeriodicTimer(source.Interval, time);
        try
        {
            do
            {
                await RunOnceAsync(source, stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    /// <summary>One run of one source: ask the gate, load what to watch, read, record, pass the transitions on.</summary>
    public async Task RunOnceAsync(IHealthSource source, CancellationToken stoppingToken)
    {
        try
        {
            if (!await gate.MayRunAsync(stoppingToken)) return;
            var watchList = await LoadWatchListAsync(stoppingToken);
            store.Watch(watchList);
            var reading = await source.ReadAsync(watchList, stoppingToken);
            var transitions = store.Apply(reading);
            foreach (var transition in transitions)
                logger.LogInformation("Health: {Transition}", transition.Describe());
            foreach (var handler in _handlers)
                await handler.HandleAsync(transitions, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception error)
        {
            logger.LogError(error, "Health source {Source} failed this run; the next run is in {Interval}", source.Name, source.Interval);
        }
    }

    /// <summary>The catalog as last read when it cannot be read now (the database briefly down): probing carries on.</summary>
    private async Task<HealthWatchList> LoadWatchListAsync(CancellationToken stoppingToken)
    {
        try
        {
            return _lastWatchList = await watchListSource.LoadAsync(stoppingToken);
        }
        catch (Exception error) when (error is not OperationCanceledException && _lastWatchList is not null)
        {
            logger.LogWarning(error, "Could not read the catalog for the health sources; watching the {Count} endpoints read before", _lastWatchList.Endpoints.Count);
            return _lastWatchList;
        }
    }
}
