using Dashboard.Infrastructure.DemoWorld;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Browser.Tests;

public class CatalogTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string TaxService = """
        apiVersion: backstage.io/v1alpha1
        kind: Component
        metadata:
          name: tax-service
          description: Computes tax lines for invoices.
          annotations:
            dashboard/config-keys: Tax:*, tax.rate.default
            dashboard/source-path: services/tax-service
            dashboard/retry.billing-api: attempts=2, backoff=exponential, timeout=5s, circuitBreaker=true
        spec:
          type: service
          lifecycle: experimental
          owner: group:default/payments
          dependsOn: [component:billing-api]
        """;

    [Fact]
    public async Task Admin_EditsBillingOwner_AndImportsANewService()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByLabel("User name").FillAsync("admin");
        await page.GetByLabel("Password").FillAsync(DemoAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.Locator("[data-circuit=interactive]")).ToHaveCountAsync(1);

        await page.GetByRole(AriaRole.Link, new() { Name = "Catalog" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Catalog" })).ToBeVisibleAsync();
        var billingRow = page.Locator("tr", new() { Has = page.Locator("[data-service=billing-api]") });
        await Expect(billingRow.GetByTestId("catalog-owner")).ToHaveTextAsync("payments");

        await page.GetByRole(AriaRole.Button, new() { Name = "Edit billing-api" }).ClickAsync();
        var ownerTeam = page.Locator("[data-testid=owner-team] input, input[data-testid=owner-team]");
        await Expect(ownerTeam).ToHaveValueAsync("payments");
        await ownerTeam.FillAsync("billing-team");
        await Screenshots.SaveAsync(page, "catalog-edit-dialog");
        await page.GetByTestId("save-service").ClickAsync();

        await Expect(page.GetByTestId("service-edit-dialog")).ToHaveCountAsync(0);
        await Expect(billingRow.GetByTestId("catalog-owner")).ToHaveTextAsync("billing-team");
        await Screenshots.SaveAsync(page, "catalog-owner-edited");

        await page.GetByRole(AriaRole.Button, new() { Name = "Import catalog-info.yaml" }).ClickAsync();
        await page.Locator("[data-testid=import-yaml] textarea, textarea[data-testid=import-yaml]").FillAsync(TaxService);
        await page.GetByTestId("run-import").ClickAsync();

        await Expect(page.GetByTestId("import-summary")).ToContainTextAsync("2 added, 0 updated");
        await Expect(page.GetByTestId("import-added").First).ToContainTextAsync("component:tax-service");
        await Screenshots.SaveAsync(page, "catalog-import-report");
        await page.GetByTestId("close-import").ClickAsync();

        var taxRow = page.Locator("tr", new() { Has = page.Locator("[data-service=tax-service]") });
        await Expect(taxRow.GetByTestId("catalog-source-path")).ToHaveTextAsync("services/tax-service");
        await Expect(taxRow.GetByTestId("catalog-declared-keys")).ToContainTextAsync("tax.rate.default");
        await Expect(taxRow.GetByTestId("catalog-retry")).ToContainTextAsync("2 exponential-backoff retries");
        await Screenshots.SaveAsync(page, "catalog-after-import");
    }
}
