using System.Net;
using BenchmarkDotNet.Attributes;
using Dashboard.Infrastructure.Persistence;
using Dashboard.Infrastructure.Persistence.Accounts;
using Dashboard.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Benchmarks;

/// <summary>
/// The Config map page's server render on loopback for 500 services and 20,000 keys: a signed-in GET of
/// /config-map, which reads the store, joins it with the (cached) source scan and renders the page. Target: under 500 ms.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 10)]
public class ConfigMapPageBenchmarks
{
    private readonly ConfigMapWorld _world = new(services: 500, keys: 20_000);
    private string _sources = "";
    private DashboardTestHost _host = null!;
    private HttpClient _client = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _sources = Directory.CreateTempSubdirectory("config-map-bench-").FullName;
        var lines = _world.WriteSources(_sources);
        _host = await DashboardTestHost.StartAsync(new Dictionary<string, string>
        {
            ["DemoWorld:Seed"] = "false",
            ["SourceScan:Root"] = _sources,
        }, environment: "Production");
        var services = _host.App.Services;
        await _world.SeedAsync(services.GetRequiredService<IDbContextFactory<DashboardDbContext>>(), services.GetRequiredService<LocalAccountStore>());
        _client = _host.CreateClient();
        await SignInForm.SignInAsync(_client, ConfigMapWorld.UserName, ConfigMapWorld.Password);
        var first = await RenderAsync("config-map");
        Console.WriteLine($"// world: 500 services ({lines} lines of source), 20,000 keys; first render (includes the scan) {first.Length} chars");
    }

    [Benchmark]
    public Task<string> RenderConfigMap() => RenderAsync("config-map");

    [Benchmark]
    public Task<string> RenderConfigMapSearch() => RenderAsync("config-map?q=ns007:Setting0001");

    private async Task<string> RenderAsync(string path)
    {
        using var response = await _client.GetAsync(path);
        if (response.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode}");
        var html = await response.Content.ReadAsStringAsync();
        if (!html.Contains("Keys in this environment", StringComparison.Ordinal))
            throw new InvalidOperationException("The config map did not render its summary.");
        return html;
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
        Directory.Delete(_sources, recursive: true);
    }
}
