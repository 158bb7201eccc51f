using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using Dashboard.Application.Health;
using Dashboard.Application.Leases;
using Dashboard.Domain.Health;
using Dashboard.Infrastructure.Health;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Dashboard.Benchmarks.LoadRuns;

/// <summary>
/// The probe scheduler against loopback targets (liveness + readiness per instance) every interval for a while, in this
/// process, with the targets served by a child process. Reports this process's CPU share of the machine, the thread
/// pool's threads and queue, and how late a 100 ms heartbeat on the pool ran (starvation shows as seconds of lateness).
/// Target for 1,000 targets every 10 s on 2 cores: under 15 % CPU on average and no starvation.
/// </summary>
internal static class ProbeLoadRun
{
    public static async Task<int> RunAsync(int targets, int intervalSeconds, int seconds, int concurrency)
    {
        var instances = Math.Max(1, targets / 2);
        using var server = StartTargets(instances);
        var addresses = new List<Uri>();
        while (await server.StandardOutput.ReadLineAsync() is { } line && line != "ready")
            if (line.StartsWith("listening ", StringComparison.Ordinal)) addresses.Add(new Uri(line["listening ".Length..]));

        var watchList = new HealthWatchList([.. Enumerable.Range(0, instances).Select(n => new WatchedEndpoint($"service-{n:D4}", "production",
            [new Uri(addresses[n % addresses.Count], $"/i/{n}/")], "/health/live", "/health/ready", HealthThresholds.Default, ReadinessWiring.Unknown))]);
        var options = Options.Create(new HealthOptions { Probes = new ProbeOptions { IntervalSeconds = intervalSeconds, TimeoutSeconds = 5, MaxConcurrency = concurrency } });
        using var runner = new ProbeRunner(new ProbeRunnerOptions { MaxConcurrency = concurrency, Timeout = TimeSpan.FromSeconds(5) }, TimeProvider.System);
        var source = new ProbeHealthSource(runner, options, TimeProvider.System);
        var store = new HealthSeriesStore(new NullFeed(), TimeProvider.System, new HealthSeriesOptions());
        using var scheduler = new ProbeScheduler([source], new FixedWatchList(watchList), store, new AlwaysRunGate(), [], TimeProvider.System, NullLogger<ProbeScheduler>.Instance);

        var process = Process.GetCurrentProcess();
        var heartbeat = new Heartbeat();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        var beating = heartbeat.RunAsync(stop.Token);
        var cpuBefore = process.TotalProcessorTime;
        var serverCpuBefore = server.TotalProcessorTime;
        var completedBefore = ThreadPool.CompletedWorkItemCount;
        var clock = Stopwatch.StartNew();
        await scheduler.StartAsync(CancellationToken.None);
        await beating;
        await scheduler.StopAsync(CancellationToken.None);
        clock.Stop();
        process.Refresh();
        server.Refresh();

        var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds / clock.Elapsed.TotalSeconds / Environment.ProcessorCount * 100;
        var serverCpu = (server.TotalProcessorTime - serverCpuBefore).TotalSeconds / clock.Elapsed.TotalSeconds / Environment.ProcessorCount * 100;
        var current = store.Current();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            probes: {instances * 2} targets ({instances} instances x liveness + readiness) every {intervalSeconds} s for {clock.Elapsed.TotalSeconds:0} s, max {concurrency} in flight, {Environment.ProcessorCount} cores
              dashboard process CPU: {cpu:0.0} % of the machine on average (target < 15 %); target server (child process): {serverCpu:0.0} %
              thread pool: up to {heartbeat.MaxThreads} threads, up to {heartbeat.MaxQueue} queued work items, {ThreadPool.CompletedWorkItemCount - completedBefore} work items completed
              starvation check: a 100 ms heartbeat on the pool ran at most {heartbeat.MaxLateness.TotalMilliseconds:0} ms late (p99 {heartbeat.P99Lateness.TotalMilliseconds:0} ms)
              last run: {store.Sources.Single().Message} ({store.Sources.Single().Condition})
              states: {string.Join(", ", current.GroupBy(h => h.State).Select(g => $"{g.Key} {g.Count()}"))}
            """));
        server.StandardInput.Close();
        await server.WaitForExitAsync();
        return 0;
    }

    private static Process StartTargets(int instances)
    {
        var self = Environment.ProcessPath!;
        var start = Path.GetFileNameWithoutExtension(self) == "dotnet"
            ? new ProcessStartInfo(self) { ArgumentList = { Assembly.GetEntryAssembly()!.Location } }
            : new ProcessStartInfo(self);
        foreach (var argument in (string[])["load", ProbeTargetServer.Command, "--instances", instances.ToString(CultureInfo.InvariantCulture)])
            start.ArgumentList.Add(argument);
        start.RedirectStandardInput = true;
        start.RedirectStandardOutput = true;
        start.UseShellExecute = false;
        return Process.Start(start) ?? throw new InvalidOperationException("Could not start the probe target server.");
    }

    private sealed class FixedWatchList(HealthWatchList watchList) : IHealthWatchListSource
    {
        public Task<HealthWatchList> LoadAsync(CancellationToken cancellationToken) => Task.FromResult(watchList);
    }

    /// <summary>Queues a work item every 100 ms and records how late it starts, with the pool's size and queue.</summary>
    private sealed class Heartbeat
    {
        private readonly List<TimeSpan> _lateness = [];

        public int MaxThreads { get; private set; }
        public long MaxQueue { get; private set; }
        public TimeSpan MaxLateness => _lateness.Count == 0 ? TimeSpan.Zero : _lateness.Max();
        public TimeSpan P99Lateness => _lateness.Count == 0 ? TimeSpan.Zero : _lateness.Order().ElementAt((int)(_lateness.Count * 0.99));

        public async Task RunAsync(CancellationToken stop)
        {
            using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
            try
            {
                while (await timer.WaitForNextTickAsync(stop))
                {
                    var queued = Stopwatch.GetTimestamp();
                    var started = await Task.Run(Stopwatch.GetTimestamp, stop);
                    _lateness.Add(Stopwatch.GetElapsedTime(queued, started));
                    MaxThreads = Math.Max(MaxThreads, ThreadPool.ThreadCount);
                    MaxQueue = Math.Max(MaxQueue, ThreadPool.PendingWorkItemCount);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // The run is over.
            }
        }
    }
}
