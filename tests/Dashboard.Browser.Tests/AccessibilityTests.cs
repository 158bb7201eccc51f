using Dashboard.Infrastructure.DemoWorld;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Browser.Tests;

/// <summary>Every page, as an Admin sees it once it is live, has no critical or serious axe-core violation.</summary>
public class AccessibilityTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    public static TheoryData<string, string> Pages => new()
    {
        { "", "Overview" },
        { "config-map", "Config map" },
        { "propose", "Propose a change" },
        { "proposals", "Proposals" },
        { "catalog", "Catalog" },
        { "stores", "Config stores" },
        { "audit", "Audit log" },
        { "settings/gate", "Production gate" },
        { "no-such-page", "This page does not exist" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_AsAdmin_HasNoCriticalOrSeriousViolations(string path, string heading)
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("account/login");
        await page.GetByLabel("User name").FillAsync("admin");
        await page.GetByLabel("Password").FillAsync(DemoAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Overview" })).ToBeVisibleAsync();

        await page.GotoAsync(path);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = heading, Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator("[data-circuit=interactive]")).ToHaveCountAsync(1);

        await Accessibility.AssertNoSeriousViolationsAsync(page, "/" + path);
    }

    [Fact]
    public async Task SignIn_HasNoCriticalOrSeriousViolations()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("account/login");

        await Accessibility.AssertNoSeriousViolationsAsync(page, "the sign-in page");
    }
}
