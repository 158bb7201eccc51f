using Dashboard.Infrastructure.DemoWorld;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Browser.Tests;

/// <summary>An on-call engineer answering a page from a phone: 390 × 844, the size of a current iPhone.</summary>
public class PhoneLayoutTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    [Fact]
    public async Task Phone_EveryPageFitsTheScreen_AndSignOutStaysReachable()
    {
        var page = await SignInAsync("/");

        foreach (var (path, name) in new[] { ("/", "overview"), ("/proposals", "proposals"), ("/config-map", "config-map"), ("/health", "health"), ("/incidents", "incidents") })
        {
            await page.GotoAsync(path);
            await Expect(page.Locator("[data-circuit=interactive]")).ToHaveCountAsync(1);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeVisibleAsync();
            var signOut = page.GetByRole(AriaRole.Button, new() { Name = "Sign out" });
            await Expect(signOut).ToBeInViewportAsync(new() { Ratio = 1 });
            Assert.True(await PageWidthAsync(page) <= Phone.Width, $"{path} is wider than the phone: {await PageWidthAsync(page)} px");
            await Screenshots.SaveAsync(page, $"phone-{name}");
            await Accessibility.AssertNoSeriousViolationsAsync(page, $"phone-{name}");
        }
    }

    [Fact]
    public async Task Phone_NavigationStartsClosed_AndTheMenuOpensIt()
    {
        var page = await SignInAsync("/");

        var configMapLink = page.GetByRole(AriaRole.Link, new() { Name = "Config map" });
        await Expect(configMapLink).Not.ToBeInViewportAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Toggle navigation" }).ClickAsync();
        await Expect(configMapLink).ToBeInViewportAsync();
        await configMapLink.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Config map" })).ToBeVisibleAsync();
        await Expect(configMapLink).Not.ToBeInViewportAsync();
    }

    [Fact]
    public async Task Phone_Propose_ShowsTheRiskBeforeSubmit()
    {
        var page = await SignInAsync("/propose?key=tax.rate.default&env=production&value=0.0825");

        var risk = page.GetByTestId("risk-summary");
        await Expect(risk).ToContainTextAsync("critical risk");
        var submit = page.GetByRole(AriaRole.Button, new() { Name = "Submit proposal" });
        var riskBox = await risk.BoundingBoxAsync();
        var submitBox = await submit.BoundingBoxAsync();
        Assert.NotNull(riskBox);
        Assert.NotNull(submitBox);
        Assert.True(riskBox.Y + riskBox.Height <= submitBox.Y, $"the risk ends at {riskBox.Y + riskBox.Height} px, Submit starts at {submitBox.Y} px");
        Assert.True(await PageWidthAsync(page) <= Phone.Width, $"the Propose page is {await PageWidthAsync(page)} px wide");
        await Screenshots.SaveAsync(page, "phone-propose");
        await Accessibility.AssertNoSeriousViolationsAsync(page, "phone-propose");
    }

    [Fact]
    public async Task Phone_ProposeTimeline_ReadsInOrderWithinTheScreen()
    {
        var page = await SignInAsync("/propose?key=tax.rate.default&env=production&value=0.0825");

        var timeline = page.GetByTestId("radius-timeline");
        await timeline.ScrollIntoViewIfNeededAsync();
        await Expect(timeline).ToBeVisibleAsync();
        await Expect(timeline.GetByTestId("timeline-when").First).ToHaveTextAsync("t = 0");
        await Expect(timeline).ToContainTextAsync("billing-api reloads all its configuration");
        await Expect(timeline).ToContainTextAsync("billing-sql's reconnect time, 8–12 s from the catalog");
        var box = await timeline.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.X >= 0 && box.X + box.Width <= Phone.Width, $"the timeline spans {box.X}–{box.X + box.Width} px on a {Phone.Width} px screen");
        Assert.True(await PageWidthAsync(page) <= Phone.Width, $"the Propose page is {await PageWidthAsync(page)} px wide");
        await Screenshots.SaveAsync(page, "phone-propose-timeline");
        await Accessibility.AssertNoSeriousViolationsAsync(page, "phone-propose-timeline");
    }

    private async Task<IPage> SignInAsync(string path)
    {
        var page = await fixture.NewPageAsync(viewport: Phone);
        await page.GotoAsync(path);
        await page.GetByLabel("User name").FillAsync("engineer");
        await page.GetByLabel("Password").FillAsync(DemoAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.Locator("[data-circuit=interactive]")).ToHaveCountAsync(1);
        return page;
    }

    private static Task<int> PageWidthAsync(IPage page) => page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
}
