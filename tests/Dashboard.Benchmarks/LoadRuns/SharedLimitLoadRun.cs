using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using Dashboard.Infrastructure.Persistence;
using Dashboard.Infrastructure.Persistence.RateLimits;
using Dashboard.PaymentSandbox;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Benchmarks.LoadRuns;

/// <summary>
/// The shared gateway limit on its own: several instances (each its own context factory over one SQLite dashboard database)
/// with many callers each, asking as fast as they can, send payment-intent reads to the sandbox on 127.0.0.1; printed from the
/// sandbox's counts: requests per second against the client limit, and 429s. Run in Release:
/// <c>dotnet run -c Release --project tests/Dashboard.Benchmarks -- load shared-limit [--instances 2] [--sandbox-rate 25] [--client-rate 20] [--seconds 30]</c>.
/// </summary>
public static class SharedLimitLoadRun
{
    public const string Command = "shared-limit";
    private const int CallersPerInstance = 4;
    private const int Batch = 5;

    public static async Task<int> RunAsync(int instances, int sandboxRate, int clientRate, int seconds)
    {
        var folder = Directory.CreateTempSubdirectory("shared-limit-").FullName;
        try
        {
            await using var sandbox = await PaymentSandboxServer.StartAsync(new PaymentSandboxOptions
            {
                DatabasePath = Path.Combine(folder, "payment-sandbox.db"),
                RequestsPerSecond = sandboxRate,
            });
            var connection = $"Data Source={Path.Combine(folder, "dashboard.db")}";
            await using (var db = new Factory(connection).CreateDbContext()) await db.Database.MigrateAsync();
            var limiters = Enumerable.Range(0, instances)
                .Select(_ => new SharedRateLimiter(new Factory(connection), TimeProvider.System, "payment-gateway", clientRate, Batch)).ToList();
            using var client = new HttpClient { BaseAddress = sandbox.BaseAddress };
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", sandbox.Options.ApiKey);
            var sent = new long[instances];
            using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));

            var started = Stopwatch.GetTimestamp();
            var requestsAtStart = sandbox.Stats.Requests;
            var callers = limiters.SelectMany((limiter, instance) => Enumerable.Range(0, CallersPerInstance).Select(_ => Task.Run(async () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    try
                    {
                        using var permit = await limiter.AcquireAsync(1, stop.Token);
                        using var response = await client.GetAsync("v1/payment_intents/pi_missing", CancellationToken.None);
                        Interlocked.Increment(ref sent[instance]);
                    }
                    catch (OperationCanceledException) when (stop.IsCancellationRequested)
                    {
                        return;
                    }
                }
            }))).ToList();
            await Task.WhenAll(callers);
            var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;
            var requests = sandbox.Stats.Requests - requestsAtStart;
            foreach (var limiter in limiters) await limiter.DisposeAsync();

            var perSecond = requests / elapsed;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
                {instances} instances x {CallersPerInstance} callers, one SQLite dashboard database, batch {Batch}, {elapsed:F1} s
                Sandbox requests   {requests} = {perSecond:F2} req/s vs the {clientRate}/s client limit ({(perSecond / clientRate - 1) * 100:+0.0;-0.0} %); sandbox limit {sandboxRate}/s
                429s               {sandbox.Stats.RateLimited}
                Per instance       {string.Join(", ", sent.Select(s => s.ToString(CultureInfo.InvariantCulture)))}
                """));
            return sandbox.Stats.RateLimited == 0 ? 0 : 1;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>One dashboard instance's contexts over the shared file.</summary>
    private sealed class Factory(string connectionString) : IDbContextFactory<DashboardDbContext>
    {
        public DashboardDbContext CreateDbContext() =>
            new SqliteDashboardDbContext(new DbContextOptionsBuilder<SqliteDashboardDbContext>().UseSqlite(connectionString).Options);
    }
}
