using Dashboard.Infrastructure.DemoWorld;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Browser.Tests;

public class ProposeChangeTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Engineer_GoesFromTheMapToAProposal_AndSeesTheStorysBlastRadius()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/config-map?q=tax.rate.default");
        await page.GetByLabel("User name").FillAsync("engineer");
        await page.GetByLabel("Password").FillAsync(DemoAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.Locator("[data-circuit=interactive]")).ToHaveCountAsync(1);

        await page.GetByTestId("key-details").GetByRole(AriaRole.Link, new() { Name = "Propose a change" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Propose a change" })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("current-values")).ToContainTextAsync("production");
        // On arrival: the radius of any change to the key, no error, and Submit says why it is not available yet.
        await Expect(page.GetByTestId("any-change-note")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("risk-level")).ToHaveTextAsync("critical risk");
        await Expect(page.Locator(".mud-input-error")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("submit-blocked")).ToContainTextAsync("already has");
        await Screenshots.SaveAsync(page, "propose-arrival-any-change");

        var value = page.GetByTestId("propose-value");
        await value.FillAsync("eight percent");
        await Expect(page.GetByText("'eight percent' is not a number").First).ToBeVisibleAsync();
        await value.FillAsync("0.0825");

        await Expect(page.GetByTestId("risk-level")).ToHaveTextAsync("critical risk");
        var billing = page.GetByTestId("radius-affected").Filter(new() { HasText = "billing-api" });
        await Expect(billing).ToContainTextAsync("reloads");
        await Expect(billing.GetByTestId("radius-finding").Filter(new() { HasText = "reload-dispose-before-create" })).ToHaveCountAsync(1);
        await Expect(page.GetByTestId("radius-downstream").Filter(new() { HasText = "frontend" })).ToContainTextAsync("up to 4 calls per request, no backoff");
        await Expect(page.GetByTestId("radius-downstream").Filter(new() { HasText = "frontend" })).ToContainTextAsync("frontend calls along");
        await Expect(page.GetByText("Callers (")).ToBeVisibleAsync();
        var graph = page.GetByTestId("config-graph");
        await Expect(graph).ToHaveAttributeAsync("data-rendered-nodes", new System.Text.RegularExpressions.Regex("^[1-9]"));
        // Layered left to right: the changed key, then billing-api that reloads it, then frontend that calls billing-api.
        var columns = await graph.EvaluateAsync<double[]>(
            "e => ['ns:tax.rate.default', 'svc:billing-api', 'svc:frontend'].map(id => e._cy.getElementById(id).position().x)");
        Assert.True(columns[0] < columns[1] && columns[1] < columns[2], $"graph columns: {string.Join(", ", columns)}");
        await Screenshots.SaveAsync(page, "propose-tax-rate-radius");
        await Accessibility.AssertNoSeriousViolationsAsync(page, "propose-tax-rate-radius");

        // The draft is in the URL: a reload keeps it.
        await page.GetByTestId("propose-reason").FillAsync("2027 tax rules");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("value=0.0825.*reason=2027"));
        await page.ReloadAsync();
        await Expect(page.Locator("[data-circuit=interactive]")).ToHaveCountAsync(1);
        await Expect(value).ToHaveValueAsync("0.0825");
        await Expect(page.GetByTestId("propose-reason")).ToHaveValueAsync("2027 tax rules");

        // A percentage typed for a fraction is pointed out in words.
        await value.FillAsync("8.25");
        await Expect(page.GetByTestId("magnitude-warning")).ToContainTextAsync("8.25 % as a fraction is 0.0825");

        // A paste far over the store's limit is explained, and the page keeps working.
        await value.FillAsync(new string('1', 17_000));
        await Expect(page.GetByText("allows at most 10,240").First).ToBeVisibleAsync();
        await value.FillAsync("0.0825");
        await Expect(page.GetByTestId("risk-level")).ToHaveTextAsync("critical risk");
        await Expect(page.Locator(".mud-input-error")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task NewKeyNamedLikeAnExistingOne_IsShownFirstAndMustBeConfirmed()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/propose?key=tax.rate.defualt");
        await page.GetByLabel("User name").FillAsync("engineer");
        await page.GetByLabel("Password").FillAsync(DemoAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.Locator("[data-circuit=interactive]")).ToHaveCountAsync(1);

        await Expect(page.GetByTestId("look-alike-warning")).ToContainTextAsync("Use tax.rate.default");
        await page.GetByTestId("propose-value").FillAsync("0.09");
        await page.GetByTestId("propose-reason").FillAsync("A new rate");
        await Expect(page.GetByTestId("submit-blocked")).ToContainTextAsync("Confirm that you mean to create the new key");
        await Screenshots.SaveAsync(page, "propose-look-alike");
        await Accessibility.AssertNoSeriousViolationsAsync(page, "propose-look-alike");

        await page.GetByText("I mean to create the new key").ClickAsync();
        await Expect(page.GetByTestId("submit-blocked")).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Submit proposal" })).ToBeEnabledAsync();
    }
}
