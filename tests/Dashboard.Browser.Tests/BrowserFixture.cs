using Dashboard.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Browser.Tests;

/// <summary>One dashboard and one Debian Chromium per test class; each test gets its own browser context.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public DashboardTestHost Host { get; private set; } = null!;
    /// <summary>The host's clock: a test moves it on to skip a wait the product imposes, such as a high-risk change's staging wait.</summary>
    public ShiftableClock Clock { get; } = new();
    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"Browser tests need Debian's Chromium at {ChromiumPath}: run the README's test command, which installs it.");
        // The suite runs beside builds and other test hosts; a cold circuit can take longer than Playwright's 5 s default.
        Assertions.SetDefaultExpectTimeout(15_000);
        Host = await DashboardTestHost.StartAsync(configure: builder => builder.Services.AddSingleton<TimeProvider>(Clock));
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <param name="timeZone">The browser's IANA time zone; null leaves Chromium's default.</param>
    /// <param name="viewport">The window's size; null is a 1440 × 900 desktop.</param>
    public async Task<IPage> NewPageAsync(string? timeZone = null, ViewportSize? viewport = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Host.BaseAddress.ToString(),
            ViewportSize = viewport ?? new ViewportSize { Width = 1440, Height = 900 },
            TimezoneId = timeZone,
        });
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (Host is not null) await Host.DisposeAsync();
    }
}
