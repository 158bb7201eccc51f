using BenchmarkDotNet.Attributes;
using Dashboard.Infrastructure.Persistence;
using Dashboard.Infrastructure.Persistence.Accounts;
using Dashboard.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Dashboard.Benchmarks;

/// <summary>
/// The config map's graph in a real browser (Debian Chromium) for 500 services and 20,000 keys: time from opening
/// the page to a drawn graph, and a pan/zoom round trip once it is drawn (responsiveness).
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5, invocationCount: 1)]
public class ConfigGraphBrowserBenchmarks
{
    private readonly ConfigMapWorld _world = new(services: 500, keys: 20_000);
    private string _sources = "";
    private DashboardTestHost _host = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;
    private IPage _page = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _sources = Directory.CreateTempSubdirectory("config-graph-bench-").FullName;
        _world.WriteSources(_sources);
        _host = await DashboardTestHost.StartAsync(new Dictionary<string, string>
        {
            ["DemoWorld:Seed"] = "false",
            ["SourceScan:Root"] = _sources,
            ["ConfigMap:CacheSeconds"] = "3600",
        // Development serves the packages' static web assets from the build output, as `dotnet run` does.
        }, environment: "Development");
        var services = _host.App.Services;
        await _world.SeedAsync(services.GetRequiredService<IDbContextFactory<DashboardDbContext>>(), services.GetRequiredService<LocalAccountStore>());
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = _host.BaseAddress.ToString(), ViewportSize = new ViewportSize { Width = 1440, Height = 900 } });
        _page = await context.NewPageAsync();
        await _page.GotoAsync("config-map");
        await _page.GetByLabel("User name").FillAsync(ConfigMapWorld.UserName);
        await _page.GetByLabel("Password").FillAsync(ConfigMapWorld.Password);
        await _page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await OpenGraphAsync();
    }

    [Benchmark]
    public Task OpenPageAndDrawGraph() => OpenGraphAsync();

    [Benchmark]
    public async Task<double> PanAndZoomDrawnGraph()
    {
        // Drives cytoscape directly and waits for the next painted frame: how long the graph takes to answer a gesture.
        return await _page.GetByTestId("config-graph").EvaluateAsync<double>(@"async el => {
            const start = performance.now();
            el._cy.zoom({ level: el._cy.zoom() * 1.2, renderedPosition: { x: 400, y: 300 } });
            el._cy.panBy({ x: 40, y: 25 });
            await new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)));
            return performance.now() - start;
        }");
    }

    private async Task OpenGraphAsync()
    {
        await _page.GotoAsync("config-map");
        await _page.Locator("[data-circuit=interactive]").WaitForAsync();
        await _page.GetByRole(AriaRole.Tab, new() { Name = "Graph" }).ClickAsync();
        await _page.Locator("[data-testid=config-graph][data-rendered-nodes]").WaitForAsync(new() { Timeout = 60_000 });
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await _host.DisposeAsync();
        Directory.Delete(_sources, recursive: true);
    }
}
