using System.Globalization;
using Dashboard.TestHost;

namespace Dashboard.Benchmarks.LoadRuns;

/// <summary>
/// Issue 10's execution figure: a run of N captures against the sandbox limited to 25 req/s with the dashboard's client limit at
/// 20 req/s, the dashboard killed with SIGKILL midway and restarted; printed from the sandbox's own counts. Run in Release:
/// <c>dotnet run -c Release --project tests/Dashboard.Benchmarks -- load reconcile --actions 2000 --sandbox-rate 25 --client-rate 20 --kill-at 1000</c>.
/// </summary>
public static class ReconcileLoadRun
{
    public const string Command = "reconcile";

    public static async Task<int> RunAsync(int actions, int sandboxRate, int clientRate, int killAt)
    {
        var settings = new CrashRunSettings(actions, sandboxRate, clientRate, killAt)
        {
            // Classification and execution at the client rate, the lease of the killed instance lapsing, and room for a slow machine.
            Timeout = TimeSpan.FromSeconds(actions * 3.0 / clientRate * 2 + 600),
            Log = Console.Out,
        };
        var result = await CrashRun.RunAsync(settings);
        var duplicates = result.CapturesPerIntent.Where(c => c.Value > 1).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""

            Run state                 {result.FinalState}, {result.Items} transactions, {result.Remaining} remaining; outcomes {string.Join(", ", result.Outcomes.Select(o => $"{o.Key} {o.Value}"))}
            Sandbox requests          {result.Requests} in all, 429s: {result.RateLimited}, idempotent replays: {result.IdempotentReplays}
            Effects                   captured intents {result.Captured} of {actions}; intents captured more than once: {duplicates.Count}; refunds {result.Refunds}; cancels {result.Cancels}
            Duplicate effects         {result.DuplicateEffects}
            Classify                  {result.ClassifyRequests} reads in {result.ClassifySeconds:F1} s = {result.ClassifyRequestsPerSecond:F2} req/s
            Execute before the kill   {result.BeforeKillRequests} requests in {result.BeforeKillSeconds:F1} s, {result.CapturesAtKill} captures
            Down (kill to first call) {result.DownSeconds:F1} s (restart plus the dead instance's run lease lapsing)
            Execute after restart     {result.AfterRestartRequests} requests in {result.AfterRestartSeconds:F1} s
            Execute throughput        {result.ExecuteRequestsPerSecond:F2} req/s vs the {clientRate}/s limit ({(result.ExecuteRequestsPerSecond / clientRate - 1) * 100:+0.0;-0.0} %); {result.CapturesPerSecond:F2} captures/s (each capture is a fresh read and a write)
            """));
        foreach (var (intent, count) in duplicates.Take(10)) Console.WriteLine($"  {intent} captured {count} times");
        return result.DuplicateEffects == 0 && result.RateLimited == 0 && result.Remaining == 0 && result.Captured == actions ? 0 : 1;
    }
}
