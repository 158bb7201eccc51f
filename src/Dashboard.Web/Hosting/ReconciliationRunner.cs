using Dashboard.Application.Reconciliation;

namespace Dashboard.Web.Hosting;

/// <summary>
/// Picks up reconciliation runs with background work (found: classify; executing: act; paused until the gateway answers:
/// check whether it does and resume) every second, including those left
/// executing by a dashboard that stopped or crashed. Each run is done only by the instance that holds its lease; a failed
/// attempt (a transient gateway fault) is logged and the next tick resumes it with the same idempotency keys.
/// </summary>
public sealed partial class ReconciliationRunner(
    IReconciliationRunQueries queries,
    ReconciliationExecutor executor,
    TimeProvider time,
    ILogger<ReconciliationRunner> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    /// <summary>This instance's name in the leases table.</summary>
    public string Holder { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
                await RunOnceAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutdown: a claimed step is finished with its key after the restart.
        }
    }

    private async Task RunOnceAsync(CancellationToken stoppingToken)
    {
        IReadOnlyList<ReconciliationRunSummary> active;
        try
        {
            active = await queries.ActiveAsync(stoppingToken);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            LogListFailed(error);
            return;
        }
        foreach (var run in active)
        {
            try
            {
                await executor.ProcessAsync(run.Id, Holder, stoppingToken);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                LogRunFailed(error, run.Id);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Listing the reconciliation runs to work on failed; trying again at the next tick")]
    private partial void LogListFailed(Exception error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reconciliation run {RunId} stopped on a fault; it resumes at the next tick with the same idempotency keys")]
    private partial void LogRunFailed(Exception error, Guid runId);
}
