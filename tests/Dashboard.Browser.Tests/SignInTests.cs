using Dashboard.Infrastructure.DemoWorld;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Browser.Tests;

public class SignInTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task NewUser_IsSentToSignIn_SignsIn_AndSeesTheDemoServices()
    {
        var page = await fixture.NewPageAsync();
        var consoleErrors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") consoleErrors.Add(message.Text); };

        await page.GotoAsync("/");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login"));
        await Screenshots.SaveAsync(page, "sign-in");
        await SignInAsync(page, "engineer", DemoAccounts.Password);

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Overview" })).ToBeVisibleAsync();
        var table = page.GetByTestId("services-table");
        await Expect(table.GetByTestId("service-name")).ToHaveTextAsync(["billing-api", "frontend", "invoice-renderer", "order-processing"]);
        await Expect(table.GetByText("3 immediate retries, 10 s timeout, no circuit breaker")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("signed-in-role")).ToHaveTextAsync("Engineer");
        await Screenshots.SaveAsync(page, "overview");
        Assert.DoesNotContain(consoleErrors, e => e.Contains("Content Security Policy"));
    }

    [Fact]
    public async Task WrongPassword_ShowsAClearMessage_AndStaysOnSignIn()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/account/login");

        await SignInAsync(page, "engineer", "wrong-password");

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("That user name and password do not match");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login"));
        await Screenshots.SaveAsync(page, "sign-in-wrong-password");
    }

    [Fact]
    public async Task RepeatedWrongPasswords_LockTheUserName_AndSayWhenToTryAgain_UnderTheDemoBanner()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/account/login");
        await Expect(page.GetByTestId("demo-banner")).ToContainTextAsync("Demo accounts are enabled.");

        // Five wrong passwords (the default lockout), each a full form post; then even the right one is refused.
        for (var i = 0; i < 5; i++)
            await page.RunAndWaitForResponseAsync(() => SignInAsync(page, "recon", "wrong-password"), r => r.Request.Method == "POST");
        await page.RunAndWaitForResponseAsync(() => SignInAsync(page, "recon", DemoAccounts.Password), r => r.Request.Method == "POST");

        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync(
            new System.Text.RegularExpressions.Regex(@"Too many failed sign-ins for this user name\. Try again after \d{4}-\d\d-\d\d \d\d:\d\d UTC\+00:00"));
        await Expect(page.GetByTestId("demo-banner")).ToBeVisibleAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login"));
        await Screenshots.SaveAsync(page, "sign-in-locked-out");
    }

    [Fact]
    public async Task EmptyForm_SaysWhichFieldIsMissing()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/account/login");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Expect(page.GetByText("Enter your user name.")).ToBeVisibleAsync();
        await Expect(page.GetByText("Enter your password.")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Stylesheets_AreApplied()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/account/login");

        // Our stylesheet: the sign-in button's colour; MudBlazor's: the app bar's position. Both retry until styled.
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign in" })).ToHaveCSSAsync("background-color", "rgb(57, 73, 171)");

        await SignInAsync(page, "viewer", DemoAccounts.Password);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Overview" })).ToBeVisibleAsync();
        await Expect(page.Locator(".mud-appbar")).ToHaveCSSAsync("position", "fixed");
    }

    [Fact]
    public async Task Navigation_IsInteractive_AndSignOutEndsTheSession()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/");
        await SignInAsync(page, "oncall", DemoAccounts.Password);
        var overviewLink = page.GetByRole(AriaRole.Link, new() { Name = "Overview" });
        await Expect(overviewLink).ToBeVisibleAsync();

        // The drawer only closes if the Blazor circuit is connected (CSP allows the WebSocket and scripts).
        await Expect(page.Locator("[data-circuit=interactive]")).ToHaveCountAsync(1);
        await page.GetByRole(AriaRole.Button, new() { Name = "Toggle navigation" }).ClickAsync();
        await Expect(page.Locator(".mud-drawer--closed")).ToHaveCountAsync(1);

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(page.GetByText("You have signed out.")).ToBeVisibleAsync();
        await page.GotoAsync("/");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/login"));
    }

    private static async Task SignInAsync(IPage page, string userName, string password)
    {
        await page.GetByLabel("User name").FillAsync(userName);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }
}
