using Microsoft.Extensions.Configuration.AzureAppConfiguration;

namespace Ledger.Worker.Jobs;

public sealed class ReconcileJob(IConfiguration configuration, IConfigurationRefresherProvider refreshers, LedgerConnection ledger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            foreach (var refresher in refreshers.Refreshers)
                await refresher.TryRefreshAsync(stoppingToken);
            string key = LedgerKeys.BatchSize;
            var batch = configuration.GetValue(key, 250);
            var strict = configuration?["Ledger:Reconcile:Strict"] == "true";
            await ledger.ReconcileAsync(batch, strict, stoppingToken);
            await Task.Delay(TimeSpan.FromMinutes(configuration.GetValue<int>("Ledger:Reconcile:EveryMinutes")), stoppingToken);
        }
    }
}
