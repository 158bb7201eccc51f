using System.Diagnostics;
using System.Globalization;
using System.Net;
using Dashboard.TestHost;

namespace Dashboard.Benchmarks;

/// <summary>
/// Load run on 127.0.0.1: how many password guesses per second the sign-in form evaluates for one client address, for one
/// account and for a spray across user names. A guess counts as evaluated when the answer is the "do not match" message;
/// a 429 or a lockout message means the password was never checked.
/// <c>dotnet run -c Release --project tests/Dashboard.Benchmarks -- sign-in-guesses [seconds] [clients]</c>
/// </summary>
public static class SignInGuessLoad
{
    public const string Command = "sign-in-guesses";

    public static async Task RunAsync(string[] args)
    {
        var seconds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20;
        var clients = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 4;
        Console.WriteLine($"// {clients} concurrent clients from 127.0.0.1 for {seconds} s per scenario; each scenario on a fresh dashboard");
        await RunScenarioAsync("one account ('engineer')", _ => "engineer", seconds, clients);
        await RunScenarioAsync("spray across user names", n => $"user{n}", seconds, clients);
    }

    private static async Task RunScenarioAsync(string name, Func<int, string> userName, int seconds, int clients)
    {
        await using var host = await DashboardTestHost.StartAsync(new Dictionary<string, string>
        {
            ["Logging:LogLevel:Default"] = "Error",
            // The shipped limit (appsettings.json); the test host raises it for tests that sign in often.
            ["Authentication:SignInRateLimit:PermitLimit"] = "10",
        });
        var counts = new int[4]; // evaluated, rate-limited, locked out, other
        var attempt = 0;
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async _ =>
        {
            using var client = host.CreateClient();
            while (!stop.IsCancellationRequested)
            {
                var response = await SignInForm.PostAsync(client, userName(Interlocked.Increment(ref attempt)), "not-the-password");
                var body = await response.Content.ReadAsStringAsync();
                var kind = response.StatusCode == HttpStatusCode.TooManyRequests ? 1
                    : body.Contains("do not match", StringComparison.Ordinal) ? 0
                    : body.Contains("Too many failed sign-ins", StringComparison.Ordinal) ? 2
                    : 3;
                Interlocked.Increment(ref counts[kind]);
            }
        }));
        var elapsed = clock.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name}: {counts.Sum() / elapsed:F2} attempts/s; evaluated guesses {counts[0] / elapsed:F2}/s ({counts[0]} in {elapsed:F1} s); "
            + $"429 {counts[1]}; locked out {counts[2]}; other {counts[3]}"));
    }
}
