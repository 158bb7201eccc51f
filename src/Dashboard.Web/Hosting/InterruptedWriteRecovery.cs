using Dashboard.Application.Proposals;

namespace Dashboard.Web.Hosting;

/// <summary>
/// Settles store writes left claimed by a crash: once at start-up, then every claim timeout. A failed pass is logged and the next
/// one tries again; opening a proposal settles its claim too.
/// </summary>
public sealed partial class InterruptedWriteRecovery(InterruptedWrites writes, TimeProvider time, ILogger<InterruptedWriteRecovery> logger) : BackgroundService
{
    private static readonly TimeSpan MinimumInterval = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = writes.ClaimTimeout > MinimumInterval ? writes.ClaimTimeout : MinimumInterval;
        using var timer = new PeriodicTimer(interval, time);
        try
        {
            do
            {
                await RunOnceAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutdown: a claim not settled now is settled by the next start.
        }
    }

    private async Task RunOnceAsync(CancellationToken stoppingToken)
    {
        try
        {
            var settled = await writes.ResolveAllAsync(stoppingToken);
            if (settled > 0) LogSettled(settled);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            LogPassFailed(error);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Settled {Count} interrupted store writes from what the stores hold; each proposal's history says how")]
    private partial void LogSettled(int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Settling interrupted store writes failed; trying again at the next tick")]
    private partial void LogPassFailed(Exception error);
}
