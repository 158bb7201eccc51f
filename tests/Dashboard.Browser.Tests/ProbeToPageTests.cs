using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Dashboard.Infrastructure.DemoWorld;
using Dashboard.TestHost;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Browser.Tests;

/// <summary>
/// A probe result reaches an open page within the probe interval plus 2 s: a loopback service imported into the catalog
/// flips its readiness to 503 while /health/{service} is open, and the page shows it without a reload.
/// </summary>
public sealed partial class ProbeToPageTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int ProbeIntervalSeconds = 1;
    private const string Service = "flip-service";
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(ProbeIntervalSeconds + 2);

    private volatile bool _ready = true;
    private WebApplication _target = null!;
    private DashboardTestHost _host = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        _target = builder.Build();
        _target.MapGet("/health/live", () => "Healthy");
        _target.MapGet("/health/ready", () => _ready ? Results.Text("Healthy") : Results.Text("Unhealthy", statusCode: 503));
        await _target.StartAsync();

        _host = await DashboardTestHost.StartAsync(new Dictionary<string, string>
        {
            ["Health:Probes:IntervalSeconds"] = ProbeIntervalSeconds.ToString(CultureInfo.InvariantCulture),
            ["Health:Probes:TimeoutSeconds"] = "1",
        });
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserFixture.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await _host.DisposeAsync();
        await _target.DisposeAsync();
    }

    [Fact]
    public async Task ServiceHealth_ReadinessFlipsTo503_PageShowsItWithinTheProbeIntervalPlus2Seconds()
    {
        await ImportServiceAsync(new Uri(_target.Urls.Single()));
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = _host.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByLabel("User name").FillAsync("oncall");
        await page.GetByLabel("Password").FillAsync(DemoAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.Locator("[data-circuit=interactive]")).ToHaveCountAsync(1);
        await page.GotoAsync($"health/{Service}");
        await Expect(page.Locator("[data-circuit=interactive]")).ToHaveCountAsync(1);
        var readiness = page.GetByTestId("instance").First.Locator("td").Nth(2);
        await Expect(readiness).ToHaveTextAsync("passes", new() { Timeout = 30_000 });

        _ready = false;
        var flipped = Stopwatch.StartNew();
        await Expect(readiness).ToHaveTextAsync(ReadinessFailing(), new() { Timeout = (float)Bound.TotalMilliseconds });
        flipped.Stop();

        output.WriteLine($"Readiness 503 shown on the open page {flipped.Elapsed.TotalMilliseconds:0} ms after the flip (bound {Bound.TotalMilliseconds:0} ms, probes every {ProbeIntervalSeconds} s).");
        await Screenshots.SaveAsync(page, "service-health-readiness-flip");
    }

    /// <summary>An admin imports a Backstage descriptor whose production endpoint is the loopback target.</summary>
    private async Task ImportServiceAsync(Uri target)
    {
        using var admin = _host.CreateClient();
        await SignInForm.SignInAsync(admin, "admin", DemoAccounts.Password);
        var descriptor = $"""
            apiVersion: backstage.io/v1alpha1
            kind: Component
            metadata:
              name: {Service}
              annotations:
                dashboard/endpoint.production: {target.AbsoluteUri}
            spec:
              type: service
              owner: group:default/payments
            """;
        using var response = await admin.PostAsync("api/catalog/import", new StringContent(descriptor, Encoding.UTF8, "application/yaml"));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    [GeneratedRegex("^fails: 503")]
    private static partial Regex ReadinessFailing();
}
