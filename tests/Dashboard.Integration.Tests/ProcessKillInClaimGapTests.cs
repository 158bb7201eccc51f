using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dashboard.Infrastructure.DemoWorld;
using Dashboard.TestHost;
using Xunit.Abstractions;

namespace Dashboard.Integration.Tests;

/// <summary>
/// A real crash in the claim gap: the dashboard runs as its own process (the built Dashboard.Web.dll on a temporary SQLite file,
/// which also holds the local config store) and stops hard right after the store took the production write, before the
/// pipeline recorded it. Started again on the same files, it shows the write recorded, with last-known-good for a rollback.
/// </summary>
public sealed partial class ProcessKillInClaimGapTests(ITestOutputHelper output) : IDisposable
{
    private const string Store = "contoso-shared-config";
    // A change below high risk: no staging wait and no mitigation, so the test needs no clock of its own.
    private const string Key = "Invoice:Pdf:PageSize";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan StepTimeout = TimeSpan.FromMinutes(2);
    private const int ClaimTimeoutSeconds = 10;

    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), "dashboard-kill-tests", Guid.NewGuid().ToString("N"));
    private readonly List<Process> _processes = [];

    [Fact]
    public async Task ProductionApply_ProcessKilledAfterTheStoreWrite_IsRecordedAfterRestartAndCanBeRolledBack()
    {
        var first = await StartAsync(crashAfterProductionWrite: true);
        string id;
        using (var engineer = await SignedInAsync(first.Address, "engineer"))
        using (var approver = await SignedInAsync(first.Address, "approver"))
        {
            id = await ApprovedProposalAsync(engineer, approver);
            var killed = await Record.ExceptionAsync(() => engineer.PostAsJsonAsync($"api/proposals/{id}/production-apply", new { }));
            Assert.IsAssignableFrom<HttpRequestException>(killed);
        }
        using (var exited = new CancellationTokenSource(StepTimeout)) await first.Process.WaitForExitAsync(exited.Token);
        output.WriteLine($"First process exited with code {first.Process.ExitCode} after the production write.");
        Assert.NotEqual(0, first.Process.ExitCode);
        Assert.Contains("stopping hard after the store took", first.Output.ToString());

        var second = await StartAsync(crashAfterProductionWrite: false);
        using var engineerAgain = await SignedInAsync(second.Address, "engineer");
        using var admin = await SignedInAsync(second.Address, "admin");
        var recovered = await SettledAsync(engineerAgain, id);
        var audit = await OkJsonAsync(await admin.GetAsync("api/audit/verify"));
        var rolledBack = await OkJsonAsync(await engineerAgain.PostAsJsonAsync($"api/proposals/{id}/rollback", new { }));

        Assert.Equal("AppliedToProduction", recovered.GetProperty("state").GetString());
        Assert.Equal(JsonValueKind.Null, recovered.GetProperty("writeInProgress").ValueKind);
        Assert.Equal("A4", recovered.GetProperty("lastKnownGood").GetProperty("value").GetString());
        var actions = recovered.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("action").GetString()).ToList();
        Assert.Equal(["ClaimWrite", "ApplyToProduction", "ResolveClaim"], actions[^3..]);
        var resolution = recovered.GetProperty("events").EnumerateArray().Last().GetProperty("description").GetString();
        Assert.StartsWith("Completed after an interruption: Eli Engineer started to apply to production", resolution);
        Assert.True(audit.GetProperty("isIntact").GetBoolean(), audit.ToString());
        Assert.Equal("RolledBack", rolledBack.GetProperty("state").GetString());
    }

    /// <summary>Opens the proposal until its interrupted claim has aged past the timeout and been settled (by the opening or the recovery pass).</summary>
    private static async Task<JsonElement> SettledAsync(HttpClient client, string id)
    {
        using var timeout = new CancellationTokenSource(StepTimeout);
        while (true)
        {
            var proposal = await OkJsonAsync(await client.GetAsync($"api/proposals/{id}", timeout.Token));
            if (proposal.GetProperty("writeInProgress").ValueKind == JsonValueKind.Null) return proposal;
            await Task.Delay(TimeSpan.FromSeconds(1), timeout.Token);
        }
    }

    private async Task<string> ApprovedProposalAsync(HttpClient engineer, HttpClient approver)
    {
        var created = await OkJsonAsync(await engineer.PostAsJsonAsync("api/proposals", new { store = Store, key = Key, value = "Letter", reason = "US customers print on Letter" }));
        Assert.Contains(created.GetProperty("riskLevel").GetString(), new[] { "low", "medium" });
        var id = created.GetProperty("id").GetString()!;
        await OkJsonAsync(await engineer.PostAsJsonAsync($"api/proposals/{id}/staging-apply", new { }));
        await OkJsonAsync(await engineer.PostAsJsonAsync($"api/proposals/{id}/staging-verify",
            new { checklist = new[] { new { description = "invoices render on Letter paper in staging", confirmed = true } } }));
        await OkJsonAsync(await approver.PostAsJsonAsync($"api/proposals/{id}/approve", new { }));
        return id;
    }

    private async Task<RunningDashboard> StartAsync(bool crashAfterProductionWrite)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Dashboard.Web.dll"));
        var settings = new Dictionary<string, string>
        {
            ["urls"] = "http://127.0.0.1:0",
            ["environment"] = "Testing",
            ["Database:DataFolder"] = _dataFolder,
            ["Ledger:DataFolder"] = _dataFolder,
            ["Ledger:DemoTransactions"] = "1000",
            ["Authentication:EnableDemoAccounts"] = "true",
            ["Authentication:SignInRateLimit:PermitLimit"] = "10000",
            ["Logging:LogLevel:Default"] = "Warning",
            // After the restart the interrupted claim is settled once it is older than this; the rollback's own claim is
            // settled by its own step well within it, so the recovery pass never takes a write still in flight.
            ["Proposals:ClaimTimeoutSeconds"] = ClaimTimeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        if (crashAfterProductionWrite) settings["Testing:CrashAfterStoreWriteLabel"] = DemoConfiguration.Production;
        foreach (var (key, value) in settings) start.ArgumentList.Add($"--{key}={value}");

        var process = new Process { StartInfo = start };
        var log = new StringBuilder();
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnLine(object _, DataReceivedEventArgs line)
        {
            if (line.Data is null) return;
            lock (log) log.AppendLine(line.Data);
            if (ListeningOn().Match(line.Data) is { Success: true } match) listening.TrySetResult(new Uri(match.Groups["url"].Value.TrimEnd('/') + "/"));
        }
        process.OutputDataReceived += OnLine;
        process.ErrorDataReceived += OnLine;
        process.Start();
        _processes.Add(process);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var exited = process.WaitForExitAsync();
        var first = await Task.WhenAny(listening.Task, exited, Task.Delay(StartTimeout));
        if (first != listening.Task)
            throw new InvalidOperationException($"The dashboard did not start listening within {StartTimeout.TotalSeconds} s:\n{log}");
        return new RunningDashboard(process, await listening.Task, log);
    }

    private static async Task<HttpClient> SignedInAsync(Uri address, string userName)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = address,
            Timeout = StepTimeout,
        };
        await SignInForm.SignInAsync(client, userName, DemoAccounts.Password);
        return client;
    }

    private static async Task<JsonElement> OkJsonAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return body;
    }

    public void Dispose()
    {
        foreach (var process in _processes)
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            process.Dispose();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dataFolder)) Directory.Delete(_dataFolder, recursive: true);
    }

    private sealed record RunningDashboard(Process Process, Uri Address, StringBuilder Output);

    // The dashboard's own line (Program.cs); the demo services hosted in the same process log their own "Now listening".
    [GeneratedRegex(@"Dashboard is running at (?<url>http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningOn();
}
