using Dashboard.Infrastructure.DemoWorld;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Browser.Tests;

public class ConfigMapTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Engineer_SearchesTheTaxKey_SeesWhoReadsAndWhoReloads_AndOpensTheGraph()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByLabel("User name").FillAsync("engineer");
        await page.GetByLabel("Password").FillAsync(DemoAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.Locator("[data-circuit=interactive]")).ToHaveCountAsync(1);

        await page.GetByRole(AriaRole.Link, new() { Name = "Config map" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Config map" })).ToBeVisibleAsync();
        await page.GetByLabel("Search a key, prefix or service").FillAsync("tax.rate.default");

        var details = page.GetByTestId("key-details");
        await Expect(details.Locator(".key-name")).ToHaveTextAsync("tax.rate.default");
        var invoice = details.GetByTestId("usage").Filter(new() { HasText = "invoice-renderer" });
        await Expect(invoice.GetByTestId("usage-kind")).ToHaveTextAsync(["reads", "reloads on any change"]);
        await Expect(invoice.First.GetByTestId("usage-reason")).ToContainTextAsync("reads tax.rate.default (GetValue)");
        var billing = details.GetByTestId("usage").Filter(new() { HasText = "billing-api" });
        await Expect(billing.GetByTestId("usage-kind")).ToHaveTextAsync(["reloads everything on change", "selects, no read found"]);
        await Expect(billing.First.GetByTestId("usage-reason")).ToContainTextAsync("refreshAll sentinel");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"q=tax\.rate\.default"));
        await Screenshots.SaveAsync(page, "config-map-tax-rate");
        await Accessibility.AssertNoSeriousViolationsAsync(page, "config-map-tax-rate");

        await page.GetByRole(AriaRole.Tab, new() { Name = "Graph" }).ClickAsync();
        var graph = page.GetByTestId("config-graph");
        await Expect(graph).ToHaveAttributeAsync("data-rendered-nodes", new System.Text.RegularExpressions.Regex("^[1-9][0-9]*$"));
        await Expect(graph.Locator("canvas").First).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "config-map-graph");
        await Accessibility.AssertNoSeriousViolationsAsync(page, "config-map-graph");
    }

    [Fact]
    public async Task ServicesTab_ListsEachServiceWithItsKeys_WhenOpened()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/config-map");
        await page.GetByLabel("User name").FillAsync("viewer");
        await page.GetByLabel("Password").FillAsync(DemoAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.Locator("[data-circuit=interactive]")).ToHaveCountAsync(1);

        await page.GetByRole(AriaRole.Tab, new() { Name = "Services" }).ClickAsync();
        var list = page.GetByTestId("service-usage-list");
        var billing = list.GetByRole(AriaRole.Button).Filter(new() { HasText = "billing-api" });
        await Expect(billing).ToHaveAttributeAsync("aria-expanded", "false");
        await billing.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(billing).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(list.Locator("td.key-name").Filter(new() { HasText = "tax.rate.default" }).First).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "config-map-services");
        await Accessibility.AssertNoSeriousViolationsAsync(page, "config-map-services");
    }

    [Fact]
    public async Task KeyRow_ChosenWithTheKeyboard_ShowsItsDetailsWithAVisibleFocusRing()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/config-map?q=Billing:Gateway");
        await page.GetByLabel("User name").FillAsync("viewer");
        await page.GetByLabel("Password").FillAsync(DemoAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.Locator("[data-circuit=interactive]")).ToHaveCountAsync(1);

        var key = page.GetByRole(AriaRole.Button, new() { Name = "Billing:Gateway:MaxRetries", Exact = true });
        await key.FocusAsync();
        // Leave and come back with the keyboard, so the browser treats the focus as keyboard focus.
        await page.Keyboard.PressAsync("Shift+Tab");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("solid", await key.EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle"));
        Assert.Equal("3px", await key.EvaluateAsync<string>("e => getComputedStyle(e).outlineWidth"));
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.GetByTestId("key-details").Locator(".key-name")).ToHaveTextAsync("Billing:Gateway:MaxRetries");
        await Expect(key).ToHaveAttributeAsync("aria-pressed", "true");
        await Screenshots.SaveAsync(page, "config-map-keyboard");
        await Accessibility.AssertNoSeriousViolationsAsync(page, "config-map-keyboard");
    }

    [Fact]
    public async Task KeyVaultReference_IsMaskedOnThePage()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/config-map?q=ConnectionString");
        await page.GetByLabel("User name").FillAsync("viewer");
        await page.GetByLabel("Password").FillAsync(DemoAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Expect(page.GetByTestId("key-name")).ToHaveTextAsync(["Billing:Database:ConnectionString"]);
        await Expect(page.GetByTestId("key-value")).ToHaveTextAsync(["••••••••"]);
        Assert.DoesNotContain("vault.azure.net", await page.ContentAsync());
    }

    [Fact]
    public async Task ReaderInKolkata_SeesTimesInTheirZoneWithTheOffset()
    {
        var page = await fixture.NewPageAsync(timeZone: "Asia/Kolkata");
        await page.GotoAsync("config-map");
        await page.GetByLabel("User name").FillAsync("viewer");
        await page.GetByLabel("Password").FillAsync(DemoAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Expect(page.Locator("[data-circuit=interactive]")).ToHaveCountAsync(1);
        await Expect(page.GetByText("Map built")).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"Map built \d\d:\d\d:\d\d \+05:30"));
    }
}
