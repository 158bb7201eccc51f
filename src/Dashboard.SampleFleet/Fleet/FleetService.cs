using Microsoft.Extensions.Options;

namespace Dashboard.SampleFleet.Fleet;

/// <summary>Runs the fleet for as long as the process runs: waits for the dashboard's store, starts everything, stops it on shutdown.</summary>
internal sealed class FleetService(IOptions<SampleFleetOptions> options, ILoggerFactory loggerFactory, IHostApplicationLifetime lifetime) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var logger = loggerFactory.CreateLogger(FleetLauncher.LogCategory);
        var settings = options.Value;
        if (await StoreProbe.WaitAsync(settings.ConnectionString, logger, stoppingToken) is { } refusal)
        {
            Fail(logger, refusal);
            return;
        }

        RunningFleet fleet;
        try
        {
            fleet = await FleetLauncher.StartAsync(settings, loggerFactory, stoppingToken);
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException)
        {
            // A port already taken, or an instance the store refused: one line that says which, no stack trace.
            Fail(logger, ex.Message);
            return;
        }

        await using (fleet)
        {
            foreach (var service in fleet.Services)
            {
                logger.LogInformation("{Service} ({Environment}) at {Url}, instances {Instances}", service.Name, service.Environment, service.Url,
                    string.Join(", ", service.Instances.Select(i => i.Url.Authority)));
            }
            logger.LogInformation("Sample fleet is running ({Rate} requests/s per environment); Ctrl+C stops it", settings.RequestsPerSecond);
            try
            {
                await Task.Delay(Timeout.Infinite, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                logger.LogInformation("Stopping the sample fleet");
            }
        }
    }

    private void Fail(ILogger logger, string reason)
    {
        logger.LogError("Cannot start the fleet: {Reason}", reason);
        Environment.ExitCode = 2;
        lifetime.StopApplication();
    }
}
