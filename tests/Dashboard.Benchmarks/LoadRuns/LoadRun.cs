using System.Globalization;

namespace Dashboard.Benchmarks.LoadRuns;

/// <summary>
/// Load runs whose figure is a process-level measurement BenchmarkDotNet does not take (retained memory, CPU share and
/// thread-pool counters over a minute). Run in Release:
/// <c>dotnet run -c Release --project tests/Dashboard.Benchmarks -- load series-memory</c> and
/// <c>dotnet run -c Release --project tests/Dashboard.Benchmarks -- load probes [--targets 1000] [--interval 10] [--seconds 60]</c>;
/// a reconciliation run killed midway: <c>... -- load reconcile [--actions 2000] [--sandbox-rate 25] [--client-rate 20] [--kill-at 1000]</c>;
/// the shared gateway limit alone: <c>... -- load shared-limit [--instances 2] [--sandbox-rate 25] [--client-rate 20] [--seconds 30]</c>;
/// memory per Blazor circuit on /health: <c>... -- load circuits [--count 100] [--settle 10]</c>;
/// the ledger's Find at scale: <c>... -- load ledger-find [--transactions 1000000] [--iterations 20]</c>.
/// </summary>
public static class LoadRun
{
    public static async Task<int> RunAsync(string[] args)
    {
        var name = args.FirstOrDefault();
        var options = Options(args.Skip(1).ToArray());
        switch (name)
        {
            case "series-memory":
                SeriesMemoryRun.Run(Int(options, "services", 1000), Int(options, "minutes", 24 * 60));
                return 0;
            case "probes":
                return await ProbeLoadRun.RunAsync(Int(options, "targets", 1000), Int(options, "interval", 10), Int(options, "seconds", 60), Int(options, "concurrency", 64));
            case ReconcileLoadRun.Command:
                return await ReconcileLoadRun.RunAsync(Int(options, "actions", 2000), Int(options, "sandbox-rate", 25), Int(options, "client-rate", 20),
                    Int(options, "kill-at", Int(options, "actions", 2000) / 2));
            case SharedLimitLoadRun.Command:
                return await SharedLimitLoadRun.RunAsync(Int(options, "instances", 2), Int(options, "sandbox-rate", 25), Int(options, "client-rate", 20), Int(options, "seconds", 30));
            case CircuitMemoryRun.Command:
                return await CircuitMemoryRun.RunAsync(Int(options, "count", 100), Int(options, "settle", 10));
            case LedgerFindLoadRun.Command:
                return await LedgerFindLoadRun.RunAsync(Int(options, "transactions", 1_000_000), Int(options, "iterations", 20));
            case ProbeTargetServer.Command:
                await ProbeTargetServer.RunAsync(Int(options, "instances", 500), Int(options, "ports", 10));
                return 0;
            default:
                await Console.Error.WriteLineAsync("Usage: load series-memory [--services 1000] [--minutes 1440] | load probes [--targets 1000] [--interval 10] [--seconds 60] [--concurrency 64] | load reconcile [--actions 2000] [--sandbox-rate 25] [--client-rate 20] [--kill-at 1000] | load shared-limit [--instances 2] [--sandbox-rate 25] [--client-rate 20] [--seconds 30] | load circuits [--count 100] [--settle 10] | load ledger-find [--transactions 1000000] [--iterations 20]");
                return 2;
        }
    }

    private static Dictionary<string, string> Options(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
            options[args[i].TrimStart('-')] = args[i + 1];
        return options;
    }

    private static int Int(Dictionary<string, string> options, string name, int fallback) =>
        options.TryGetValue(name, out var text) ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;
}
