using System.Net;
using Dashboard.Web.Hosting;
using Microsoft.AspNetCore.Builder;

namespace Dashboard.TestHost;

/// <summary>
/// The real dashboard on a free loopback port with its own SQLite file, started exactly as Program.cs starts it.
/// Settings are passed as command-line arguments, so they are in effect before the host is built.
/// </summary>
public sealed class DashboardTestHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _dataFolder;

    private DashboardTestHost(WebApplication app, string dataFolder)
    {
        _app = app;
        _dataFolder = dataFolder;
        BaseAddress = new Uri(app.ListeningAddresses()[0].TrimEnd('/') + "/");
    }

    public Uri BaseAddress { get; }
    public WebApplication App => _app;

    /// <param name="configure">Adds test services (a log sink) before the host is built.</param>
    /// <param name="map">Maps test endpoints (one that throws, say) after the dashboard's own, before the host starts.</param>
    public static async Task<DashboardTestHost> StartAsync(IReadOnlyDictionary<string, string>? settings = null, string environment = "Development",
        Action<WebApplicationBuilder>? configure = null, Action<WebApplication>? map = null)
    {
        var dataFolder = Path.Combine(Path.GetTempPath(), "dashboard-tests", Guid.NewGuid().ToString("N"));
        var arguments = new Dictionary<string, string>
        {
            ["urls"] = "http://127.0.0.1:0",
            ["environment"] = environment,
            ["Database:DataFolder"] = dataFolder,
            // The billing ledger and the payment sandbox beside the dashboard's file; a small demo ledger keeps starts quick.
            ["Ledger:DataFolder"] = dataFolder,
            ["Ledger:DemoTransactions"] = "2000",
            ["Logging:LogLevel:Default"] = "Warning",
            // Every test client signs in from 127.0.0.1; tests of the rate limit set their own.
            ["Authentication:SignInRateLimit:PermitLimit"] = "10000",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) arguments[key] = value;

        var app = DashboardHost.Build([.. arguments.Select(a => $"--{a.Key}={a.Value}")], configure);
        map?.Invoke(app);
        await app.InitializeDatabaseAsync();
        await app.StartAsync();
        return new DashboardTestHost(app, dataFolder);
    }

    /// <summary>A client with its own cookie jar that does not follow redirects, so tests see them.</summary>
    public HttpClient CreateClient() => CreateClient(new CookieContainer());

    /// <summary>A client keeping its cookies in <paramref name="cookies"/>, for tests that look at or copy them.</summary>
    public HttpClient CreateClient(CookieContainer cookies) =>
        new(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false, UseCookies = true })
        {
            BaseAddress = BaseAddress,
        };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_dataFolder)) Directory.Delete(_dataFolder, recursive: true);
    }
}
