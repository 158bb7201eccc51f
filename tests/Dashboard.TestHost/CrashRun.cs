using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Infrastructure.DemoWorld;
using Dashboard.Infrastructure.Ledger;
using Dashboard.PaymentSandbox;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.TestHost;

/// <summary>
/// Executes a reconciliation run in the real dashboard (a child process) against the Stripe sandbox on 127.0.0.1, kills the
/// dashboard with SIGKILL midway, starts it again on the same databases and lets the run resume and finish. An operator
/// prepares and executes and an approver approves through the API, as people would; the figures come from the sandbox.
/// </summary>
public sealed class CrashRun : IAsyncDisposable
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);
    private readonly CrashRunSettings _settings;
    private readonly string _folder = Directory.CreateTempSubdirectory("reconcile-crash-").FullName;
    private PaymentSandboxServer? _sandbox;
    private DashboardProcess? _dashboard;

    private CrashRun(CrashRunSettings settings) => _settings = settings;

    public static async Task<CrashRunResult> RunAsync(CrashRunSettings settings, CancellationToken cancellationToken = default)
    {
        settings.Validate();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.Timeout);
        await using var run = new CrashRun(settings);
        try
        {
            return await run.ExecuteAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"The run did not finish within {settings.Timeout}. The dashboard's last output:\n{run._dashboard?.LastOutput()}");
        }
    }

    private async Task<CrashRunResult> ExecuteAsync(CancellationToken cancellationToken)
    {
        var log = _settings.Log;
        var world = StuckAuthorisations.Build(_settings.Actions, DateTimeOffset.UtcNow.AddMinutes(-30));
        _sandbox = await PaymentSandboxServer.StartAsync(new PaymentSandboxOptions
        {
            DatabasePath = Path.Combine(_folder, "payment-sandbox.db"),
            RequestsPerSecond = _settings.SandboxPerSecond,
        }, cancellationToken: cancellationToken);
        var sandbox = _sandbox;
        await DemoLedgerSeeder.SeedSandboxAsync(sandbox.Store, world, cancellationToken);
        await SeedLedgerAsync(world, cancellationToken);
        await log.WriteLineAsync($"Sandbox at {sandbox.BaseAddress} ({_settings.SandboxPerSecond} req/s), {_settings.Actions} stuck authorisations seeded");

        _dashboard = await StartDashboardAsync(cancellationToken);
        await log.WriteLineAsync($"Dashboard (pid {_dashboard.ProcessId}) at {_dashboard.BaseAddress}, client limit {_settings.ClientPerSecond} req/s");
        using var operatorClient = await SignedInAsync("recon", cancellationToken);
        using var approverClient = await SignedInAsync("approver", cancellationToken);

        var classifyStart = Stopwatch.GetTimestamp();
        var requestsAtCreate = sandbox.Stats.Requests;
        var created = await JsonAsync(await operatorClient.PostAsJsonAsync("api/reconciliation/runs", new { states = new[] { "authorized" } }, cancellationToken),
            HttpStatusCode.Created, cancellationToken);
        var id = created.GetProperty("id").GetString()!;
        var classified = await WaitForStateAsync(operatorClient, id, "Classified", cancellationToken);
        var classifySeconds = Stopwatch.GetElapsedTime(classifyStart).TotalSeconds;
        var classifyRequests = sandbox.Stats.Requests - requestsAtCreate;
        await log.WriteLineAsync($"Classified {_settings.Actions} in {classifySeconds:F1} s ({classifyRequests} gateway reads)");
        var hash = classified.GetProperty("planHash").GetString();
        if (classified.GetProperty("requiresApproval").GetBoolean())
            await JsonAsync(await approverClient.PostAsJsonAsync($"api/reconciliation/runs/{id}/approve", new { planHash = hash }, cancellationToken), HttpStatusCode.OK, cancellationToken);

        var executeStart = Stopwatch.GetTimestamp();
        var requestsAtExecute = sandbox.Stats.Requests;
        await JsonAsync(await operatorClient.PostAsJsonAsync($"api/reconciliation/runs/{id}/execute", new { planHash = hash }, cancellationToken), HttpStatusCode.OK, cancellationToken);
        while (await CaptureCountAsync(cancellationToken) < _settings.KillAtCaptures)
        {
            if (_dashboard.HasExited) throw new InvalidOperationException($"The dashboard stopped by itself:\n{_dashboard.LastOutput()}");
            await Task.Delay(Poll, cancellationToken);
        }
        await _dashboard.KillHardAsync();
        var beforeKillSeconds = Stopwatch.GetElapsedTime(executeStart).TotalSeconds;
        var requestsAtKill = sandbox.Stats.Requests;
        var capturesAtKill = await CaptureCountAsync(cancellationToken);
        await log.WriteLineAsync($"Killed (SIGKILL) pid {_dashboard.ProcessId} after {capturesAtKill} captures, {beforeKillSeconds:F1} s into execution");
        await _dashboard.DisposeAsync();

        var downStart = Stopwatch.GetTimestamp();
        _dashboard = await StartDashboardAsync(cancellationToken);
        await log.WriteLineAsync($"Restarted as pid {_dashboard.ProcessId} at {_dashboard.BaseAddress}; waiting for the dead instance's lease on the run to lapse");
        while (sandbox.Stats.Requests == requestsAtKill) await Task.Delay(Poll, cancellationToken);
        var downSeconds = Stopwatch.GetElapsedTime(downStart).TotalSeconds;
        var resumeStart = Stopwatch.GetTimestamp();
        var requestsAtResume = requestsAtKill;
        using var resumedClient = await SignedInAsync("recon", cancellationToken);
        var completed = await WaitForStateAsync(resumedClient, id, "Completed", cancellationToken);
        // Up to the run's last call, as the sandbox saw it, not up to when polling noticed the run complete.
        var afterRestartSeconds = Stopwatch.GetElapsedTime(resumeStart, sandbox.Stats.LastRequestTimestamp).TotalSeconds;
        var afterRestartRequests = sandbox.Stats.Requests - requestsAtResume;

        var effects = await sandbox.Store.EffectCountsAsync(cancellationToken);
        var progress = completed.GetProperty("progress");
        return new CrashRunResult(
            completed.GetProperty("state").GetString()!,
            completed.GetProperty("items").GetArrayLength(),
            progress.GetProperty("remaining").GetInt32(),
            completed.GetProperty("items").EnumerateArray().GroupBy(i => i.GetProperty("outcome").GetString() ?? "none").ToDictionary(g => g.Key, g => g.Count()),
            sandbox.Stats.Requests,
            sandbox.Stats.RateLimited,
            sandbox.Stats.IdempotentReplays,
            effects.Where(e => e.Kind == "capture").ToDictionary(e => e.Intent, e => e.Count),
            effects.Where(e => e.Kind == "refund").Sum(e => e.Count),
            effects.Where(e => e.Kind == "cancel").Sum(e => e.Count),
            capturesAtKill,
            classifySeconds,
            classifyRequests,
            beforeKillSeconds,
            requestsAtKill - requestsAtExecute,
            downSeconds,
            afterRestartSeconds,
            afterRestartRequests);
    }

    private async Task SeedLedgerAsync(DemoLedger world, CancellationToken cancellationToken)
    {
        var options = new DbContextOptionsBuilder<SqliteLedgerDbContext>().UseSqlite($"Data Source={Path.Combine(_folder, "ledger.db")};Pooling=false").Options;
        await using var db = new SqliteLedgerDbContext(options);
        await db.Database.MigrateAsync(cancellationToken);
        await DemoLedgerSeeder.SeedLedgerAsync(db, world, cancellationToken);
    }

    /// <summary>The dashboard as deployed, on this run's databases, pointed at the sandbox with a writable ledger.</summary>
    private async Task<DashboardProcess> StartDashboardAsync(CancellationToken cancellationToken) => await DashboardProcess.StartAsync(
        new Dictionary<string, string>
        {
            ["environment"] = "Development",
            ["Database:DataFolder"] = _folder,
            ["Ledger:DataFolder"] = _folder,
            ["Ledger:AllowWrites"] = "true",
            ["Ledger:SeedDemo"] = "false",
            ["PaymentGateway:EmbeddedSandbox"] = "false",
            ["PaymentGateway:ApiBase"] = _sandbox!.BaseAddress.ToString(),
            ["PaymentGateway:RequestsPerSecond"] = _settings.ClientPerSecond.ToString(CultureInfo.InvariantCulture),
            ["Reconciliation:ExecutionLeaseSeconds"] = _settings.ExecutionLeaseSeconds.ToString(CultureInfo.InvariantCulture),
            ["Logging:LogLevel:Default"] = "Warning",
            ["Authentication:SignInRateLimit:PermitLimit"] = "10000",
        },
        // The key as production passes it: in the environment, never on a command line.
        new Dictionary<string, string> { ["PaymentGateway__ApiKey"] = _sandbox.Options.ApiKey },
        cancellationToken);

    private async Task<HttpClient> SignedInAsync(string userName, CancellationToken cancellationToken)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = _dashboard!.BaseAddress,
        };
        cancellationToken.ThrowIfCancellationRequested();
        await SignInForm.SignInAsync(client, userName, DemoAccounts.Password);
        return client;
    }

    private async Task<int> CaptureCountAsync(CancellationToken cancellationToken) =>
        (await _sandbox!.Store.EffectCountsAsync(cancellationToken)).Where(e => e.Kind == "capture").Sum(e => e.Count);

    /// <summary>
    /// Polls the run's progress once a second, as the page does (not the whole run: reading ten thousand transactions takes
    /// half a second and would slow the run it measures), until it reaches <paramref name="state"/>, then reads the whole run once.
    /// </summary>
    private async Task<JsonElement> WaitForStateAsync(HttpClient client, string id, string state, CancellationToken cancellationToken)
    {
        while (true)
        {
            var progress = await JsonAsync(await client.GetAsync($"api/reconciliation/runs/{id}/progress", cancellationToken), HttpStatusCode.OK, cancellationToken);
            var current = progress.GetProperty("state").GetString();
            if (current == state || current is "Paused" or "Cancelled" or "Completed") break;
            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        }
        var run = await JsonAsync(await client.GetAsync($"api/reconciliation/runs/{id}", cancellationToken), HttpStatusCode.OK, cancellationToken);
        var reached = run.GetProperty("state").GetString();
        return reached == state
            ? run
            : throw new InvalidOperationException($"The run is {reached}, not {state}: {run.GetProperty("events")}\n{_dashboard?.LastOutput()}");
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode expected, CancellationToken cancellationToken)
    {
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (response.StatusCode != expected)
                throw new InvalidOperationException($"{(int)response.StatusCode} from {response.RequestMessage?.RequestUri}: {body}");
            using var document = JsonDocument.Parse(body);
            return document.RootElement.Clone();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_dashboard is not null) await _dashboard.DisposeAsync();
        if (_sandbox is not null) await _sandbox.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by the killed process's last handle; the temp folder is cleaned by the system.
        }
    }
}
