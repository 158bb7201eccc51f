using System.Diagnostics;
using System.Globalization;
using Dashboard.Infrastructure.Incidents;
using Dashboard.TestHost;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace Dashboard.Integration.Tests;

/// <summary>
/// Two dashboard processes on one database elect one runner of the probes (and incident opener) through the
/// <c>health-runner</c> lease; killing the holder with SIGKILL (no release on shutdown) hands the lease to the other once it
/// expires, well within 30 s.
/// </summary>
public sealed class RunnerLeaseFailoverTests(ITestOutputHelper output) : IDisposable
{
    private const int LeaseSeconds = 10;
    private static readonly TimeSpan TakeoverBound = TimeSpan.FromSeconds(30);
    // Two full starts, the second beside a running first, on a machine shared with other builds.
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(6);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "dashboard-failover-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task RunnerKilledHard_OtherProcessTakesTheLeaseWithin30Seconds()
    {
        await using var first = await StartAsync();
        await using var second = await StartAsync();
        var byProcess = new Dictionary<int, DashboardProcess> { [first.ProcessId] = first, [second.ProcessId] = second };

        var holder = byProcess[await LeaseHolderAsync(pid => byProcess.ContainsKey(pid), TimeSpan.FromMinutes(1))];
        var standby = holder == first ? second : first;
        var killed = Stopwatch.StartNew();
        await holder.KillHardAsync();
        var taker = await LeaseHolderAsync(pid => pid == standby.ProcessId, TakeoverBound);
        killed.Stop();

        output.WriteLine($"Process {holder.ProcessId} held '{IncidentServiceCollectionExtensions.RunnerLease}' and was killed; "
            + $"process {taker} took it over {killed.Elapsed.TotalSeconds:0.0} s later (lease {LeaseSeconds} s, probes every 2 s).");
        Assert.False(standby.HasExited, standby.LastOutput());
        Assert.True(killed.Elapsed < TakeoverBound, $"Takeover took {killed.Elapsed}.");
    }

    private Task<DashboardProcess> StartAsync() => DashboardProcess.StartAsync(new Dictionary<string, string>
    {
        ["environment"] = "Development",
        ["Database:DataFolder"] = _folder,
        ["Ledger:DataFolder"] = _folder,
        // A small demo ledger keeps each start quick.
        ["Ledger:DemoTransactions"] = "1000",
        ["Incidents:RunnerLeaseSeconds"] = LeaseSeconds.ToString(CultureInfo.InvariantCulture),
        ["Health:Probes:IntervalSeconds"] = "2",
        ["Health:Probes:TimeoutSeconds"] = "1",
        ["Logging:LogLevel:Default"] = "Warning",
    }, startTimeout: StartTimeout);

    /// <summary>Polls the lease table until the runner lease's holder is a process <paramref name="wanted"/> accepts; returns its id.</summary>
    private async Task<int> LeaseHolderAsync(Func<int, bool> wanted, TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        int? last = null;
        while (!deadline.IsCancellationRequested)
        {
            last = await CurrentHolderAsync(deadline.Token);
            if (last is { } pid && wanted(pid)) return pid;
            try
            {
                await Task.Delay(TimeSpan.FromMilliseconds(250), deadline.Token);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
        throw new TimeoutException($"No wanted holder of the runner lease within {timeout.TotalSeconds} s; last holder process: {last?.ToString(CultureInfo.InvariantCulture) ?? "none"}.");
    }

    /// <summary>The process id in the owner ("machine/pid/guid") of the runner lease; null before anyone took it.</summary>
    private async Task<int?> CurrentHolderAsync(CancellationToken cancellationToken)
    {
        var file = Path.Combine(_folder, "dashboard.db");
        if (!File.Exists(file)) return null;
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Owner FROM Leases WHERE Name = $name";
        command.Parameters.AddWithValue("$name", IncidentServiceCollectionExtensions.RunnerLease);
        try
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken)) return null;
            var owner = reader.GetString(0);
            return int.Parse(owner.Split('/')[^2], CultureInfo.InvariantCulture);
        }
        catch (SqliteException)
        {
            // The table is not migrated yet, or a writer holds the file for a moment: ask again.
            return null;
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}
