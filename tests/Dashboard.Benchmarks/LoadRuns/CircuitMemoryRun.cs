using System.Diagnostics;
using System.Globalization;
using Dashboard.Infrastructure.DemoWorld;
using Dashboard.TestHost;
using Microsoft.Playwright;

namespace Dashboard.Benchmarks.LoadRuns;

/// <summary>
/// Memory per Blazor circuit on /health: the dashboard runs in this process (the browser is Chromium, out of process), one
/// signed-in page warms it up, then <c>count</c> more pages each open their own circuit receiving live updates (probes every
/// 2 s). The managed heap and the working set are taken after a full collection before and after; the difference divided by
/// the circuits is the cost of one beyond the shared series store. Target: under 1 MB each.
/// </summary>
internal static class CircuitMemoryRun
{
    public const string Command = "circuits";
    private const string ChromiumPath = "/usr/bin/chromium";
    private const int OpenAtOnce = 10;

    public static async Task<int> RunAsync(int count, int settleSeconds)
    {
        await using var host = await DashboardTestHost.StartAsync(new Dictionary<string, string>
        {
            ["Health:Probes:IntervalSeconds"] = "2",
            ["Health:Probes:TimeoutSeconds"] = "1",
        });
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // Pages of one site share a few renderer processes, so 100 tabs fit on a small machine.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--renderer-process-limit=8"],
        });
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = host.BaseAddress.ToString() });
        var first = await context.NewPageAsync();
        await first.GotoAsync("/");
        await first.GetByLabel("User name").FillAsync("oncall");
        await first.GetByLabel("Password").FillAsync(DemoAccounts.Password);
        await first.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await OpenHealthAsync(first);
        await Task.Delay(TimeSpan.FromSeconds(settleSeconds));
        var (heapBefore, workingSetBefore) = Measure();

        var opened = Stopwatch.StartNew();
        var pages = new List<IPage>();
        for (var batch = 0; batch < count; batch += OpenAtOnce)
        {
            var next = await Task.WhenAll(Enumerable.Range(0, Math.Min(OpenAtOnce, count - batch)).Select(async _ =>
            {
                var page = await context.NewPageAsync();
                await OpenHealthAsync(page);
                return page;
            }));
            pages.AddRange(next);
        }
        opened.Stop();
        // Several probe runs reach every circuit before the second measurement.
        await Task.Delay(TimeSpan.FromSeconds(settleSeconds));
        var (heapAfter, workingSetAfter) = Measure();

        var heapPerCircuit = (heapAfter - heapBefore) / (double)count / 1024 / 1024;
        var workingSetPerCircuit = (workingSetAfter - workingSetBefore) / (double)count / 1024 / 1024;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"circuits: {pages.Count} circuits on /health opened in {opened.Elapsed.TotalSeconds:0.0} s, probes every 2 s; managed heap {Mb(heapBefore)} -> {Mb(heapAfter)} MB "
            + $"({heapPerCircuit:0.00} MB per circuit), working set {Mb(workingSetBefore)} -> {Mb(workingSetAfter)} MB ({workingSetPerCircuit:0.00} MB per circuit); target < 1 MB per circuit"));
        GC.KeepAlive(pages);
        return 0;
    }

    private static async Task OpenHealthAsync(IPage page)
    {
        await page.GotoAsync("health");
        await Assertions.Expect(page.Locator("[data-circuit=interactive]")).ToHaveCountAsync(1, new() { Timeout = 120_000 });
        await Assertions.Expect(page.Locator("[data-testid=health-cell]").First).ToBeVisibleAsync(new() { Timeout = 120_000 });
    }

    /// <summary>The managed heap after a full, compacting collection, and this process's working set.</summary>
    private static (long Heap, long WorkingSet) Measure()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        var heap = GC.GetTotalMemory(forceFullCollection: true);
        using var self = Process.GetCurrentProcess();
        return (heap, self.WorkingSet64);
    }

    private static string Mb(long bytes) => (bytes / 1024.0 / 1024.0).ToString("0.0", CultureInfo.InvariantCulture);
}
