using Dashboard.Application.Catalog;
using Dashboard.Infrastructure.Scanning;
using Microsoft.Extensions.Options;

namespace Dashboard.Web.Hosting;

/// <summary>Scans the services' source again every <c>SourceScan:RefreshMinutes</c>, so code merged since the last scan reaches the map and the radius.</summary>
public sealed class SourceScanRefresher(ISourceScanRefresh scans, IOptions<SourceScanOptions> options, TimeProvider time) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.RefreshMinutes <= 0) return;
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(options.Value.RefreshMinutes), time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
                scans.RequestRescan($"the periodic refresh (every {options.Value.RefreshMinutes} min)");
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutdown.
        }
    }
}
