using Bunit.TestDoubles;
using Dashboard.Domain.Catalog;
using Dashboard.Infrastructure.Persistence;
using Dashboard.Web.Model;
using Dashboard.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using CatalogPage = Dashboard.Web.Components.Pages.Catalog;

namespace Dashboard.Web.Tests.Catalog;

public sealed class CatalogPageTests : DashboardTestContext, IDisposable
{
    private readonly CatalogTestDatabase _database = new();
    private readonly BunitAuthorizationContext _auth;
    private IRenderedComponent<MudBlazor.MudDialogProvider> _dialogs = null!;

    public CatalogPageTests()
    {
        Services.AddSingleton<IDbContextFactory<DashboardDbContext>>(_database);
        Services.AddSingleton<ICatalogSource, CatalogRepository>();
        Services.AddSingleton(TimeProvider.System);
        Services.AddTestWorkflows();
        Services.AddTransient<CatalogViewModel>();
        _auth = AddAuthorization();
        // The real policies and authorization service, so the page is judged by the same rules as the host.
        Services.AddAuthorizationCore(Policies.Add);
        Services.AddSingleton<IAuthorizationService, DefaultAuthorizationService>();
        Services.AddSingleton<IAuthorizationPolicyProvider, DefaultAuthorizationPolicyProvider>();
    }

    void IDisposable.Dispose() => _database.Dispose();

    private IRenderedComponent<CatalogPage> RenderAs(string userName, string role)
    {
        _auth.SetAuthorized(userName);
        _auth.SetRoles(role);
        _dialogs = Render<MudBlazor.MudDialogProvider>();
        var page = RenderWithProviders<CatalogPage>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=catalog-row]")));
        return page;
    }

    private Task<ServiceCatalog> StoredAsync() => new CatalogRepository(_database).LoadAsync(CancellationToken.None);

    private static string Row(IRenderedComponent<CatalogPage> page, string service) =>
        page.FindAll("tr").Single(r => r.QuerySelector($"[data-service='{service}']") is not null).TextContent;

    [Fact]
    public void Render_Admin_ListsServicesWithOwnerKindSourcePathAndEditControls()
    {
        var page = RenderAs("admin", "Admin");

        var names = page.FindAll("[data-testid=catalog-service-name]").Select(e => e.TextContent).ToList();
        Assert.Equal(["billing-api", "frontend", "invoice-renderer", "order-processing"], names);
        var billing = Row(page, "billing-api");
        Assert.Contains("payments", billing);
        Assert.Contains("Api · Production", billing);
        Assert.Contains("billing-api", page.FindAll("[data-testid=catalog-source-path]")[0].TextContent);
        Assert.Equal(4, page.FindAll("[data-testid=edit-service]").Count);
        Assert.NotEmpty(page.FindAll("[data-testid=open-import]"));
        Assert.Empty(page.FindAll("[data-testid=read-only]"));
    }

    [Fact]
    public void Render_Viewer_IsReadOnlyWithoutEditControls()
    {
        var page = RenderAs("viewer", "Viewer");

        Assert.Contains("only an Admin can edit", page.Find("[data-testid=read-only]").TextContent);
        Assert.Empty(page.FindAll("[data-testid=edit-service]"));
        Assert.Empty(page.FindAll("[data-testid=edit-retry]"));
        Assert.Empty(page.FindAll("[data-testid=open-import]"));
    }

    [Fact]
    public async Task SaveService_AsViewer_IsRefusedOnTheServerAndNothingChanges()
    {
        _auth.SetAuthorized("viewer");
        _auth.SetRoles("Viewer");
        var model = Services.GetRequiredService<CatalogViewModel>();
        await model.LoadAsync(CancellationToken.None);
        var form = model.EditFormFor("billing-api")!;
        form.OwnerTeam = "intruders";

        var error = await model.SaveServiceAsync(form, CancellationToken.None);

        Assert.Equal(CatalogViewModel.NotAllowed, error);
        Assert.Equal("payments", (await StoredAsync()).FindService("billing-api")!.OwnerTeam);
    }

    [Fact]
    public async Task EditDialog_InvalidOwnerTeam_ShowsTheDomainMessageAndKeepsTheEntry()
    {
        var page = RenderAs("admin", "Admin");
        page.FindAll("[data-testid=edit-service]")[0].Click();
        _dialogs.WaitForAssertion(() => _dialogs.Find("[data-testid=service-edit-dialog]"));

        _dialogs.Find("[data-testid=owner-team] input, input[data-testid=owner-team]").Input("pay ments");
        _dialogs.Find("[data-testid=save-service]").Click();

        _dialogs.WaitForAssertion(() => Assert.Contains("'pay ments' is not a valid owner team name", _dialogs.Find("[data-testid=edit-error]").TextContent));
        Assert.NotEmpty(_dialogs.FindAll("[data-testid=service-edit-dialog]"));
        Assert.Contains("payments", Row(page, "billing-api"));
        Assert.Equal("payments", (await StoredAsync()).FindService("billing-api")!.OwnerTeam);
    }

    [Fact]
    public async Task EditDialog_ValidChanges_AreSavedAndListed()
    {
        var page = RenderAs("admin", "Admin");
        page.FindAll("[data-testid=edit-service]")[0].Click();
        _dialogs.WaitForAssertion(() => _dialogs.Find("[data-testid=service-edit-dialog]"));

        _dialogs.Find("[data-testid=owner-team] input, input[data-testid=owner-team]").Input("billing-team");
        _dialogs.Find("[data-testid=declared-keys] input, input[data-testid=declared-keys]").Input("Billing:*, tax.rate.default");
        _dialogs.Find("[data-testid=save-service]").Click();

        _dialogs.WaitForAssertion(() => Assert.Empty(_dialogs.FindAll("[data-testid=service-edit-dialog]")));
        page.WaitForAssertion(() => Assert.Contains("billing-team", Row(page, "billing-api")));
        Assert.Contains("tax.rate.default", Row(page, "billing-api"));
        Assert.Equal(["Billing:*", "tax.rate.default"], (await StoredAsync()).FindService("billing-api")!.DeclaredConfigKeys);
    }

    [Fact]
    public async Task RetryDialog_TooManyAttempts_ShowsTheLimitAndKeepsThePolicy()
    {
        var page = RenderAs("admin", "Admin");
        page.FindAll("[data-testid=edit-retry]").First(b => b.GetAttribute("aria-label")!.Contains("frontend calling billing-api")).Click();
        _dialogs.WaitForAssertion(() => _dialogs.Find("[data-testid=retry-dialog]"));

        _dialogs.Find("[data-testid=retry-attempts] input, input[data-testid=retry-attempts]").Input("11");
        _dialogs.Find("[data-testid=save-retry]").Click();

        _dialogs.WaitForAssertion(() => Assert.Contains("Retry attempts must be between 0 and 10, not 11", _dialogs.Find("[data-testid=retry-error]").TextContent));
        Assert.Equal(3, (await StoredAsync()).DependenciesOf("frontend").Single().Retry.Attempts);
    }

    [Fact]
    public void ImportDialog_PastedYaml_ShowsTheReportAndListsTheNewService()
    {
        var page = RenderAs("admin", "Admin");
        page.Find("[data-testid=open-import]").Click();
        _dialogs.WaitForAssertion(() => _dialogs.Find("[data-testid=import-dialog]"));

        _dialogs.Find("[data-testid=import-yaml] textarea, textarea[data-testid=import-yaml]").Input(
            "kind: Component\nmetadata:\n  name: tax-service\nspec:\n  owner: payments\n  dependsOn: [component:billing-api]\n---\nkind: Component\nmetadata:\n  name: broken\nspec:\n  type: service\n");
        _dialogs.Find("[data-testid=run-import]").Click();

        _dialogs.WaitForAssertion(() => Assert.Contains("2 added, 0 updated", _dialogs.Find("[data-testid=import-summary]").TextContent));
        Assert.Contains("pasted:8: Component 'broken': spec.owner is required", _dialogs.Find("[data-testid=import-skipped]").TextContent);
        Assert.Contains("component:frontend", _dialogs.Find("[data-testid=import-kept]").TextContent);
        _dialogs.Find("[data-testid=close-import]").Click();
        page.WaitForAssertion(() => Assert.Contains("tax-service", page.FindAll("[data-testid=catalog-service-name]").Select(e => e.TextContent)));
    }

    [Fact]
    public void ImportDialog_MalformedFile_ShowsDiagnosticsWithFileAndLine()
    {
        var page = RenderAs("admin", "Admin");
        page.Find("[data-testid=open-import]").Click();
        _dialogs.WaitForAssertion(() => _dialogs.Find("[data-testid=import-dialog]"));

        _dialogs.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText("kind: Component\nmetadata:\n  name: [unclosed\n", "orders.yaml"));
        _dialogs.WaitForAssertion(() => Assert.Equal("orders.yaml", _dialogs.Find("[data-testid=picked-file]").TextContent.Trim()));
        _dialogs.Find("[data-testid=run-import]").Click();

        _dialogs.WaitForAssertion(() => Assert.NotEmpty(_dialogs.FindAll("[data-testid=import-rejected]")));
        var diagnostic = _dialogs.Find("[data-testid=import-diagnostic]").TextContent;
        Assert.Matches(@"orders\.yaml:\d+: not valid YAML", diagnostic);
    }

    [Fact]
    public void ImportDialog_FileTooLarge_IsRefusedWithTheLimit()
    {
        var page = RenderAs("admin", "Admin");
        page.Find("[data-testid=open-import]").Click();
        _dialogs.WaitForAssertion(() => _dialogs.Find("[data-testid=import-dialog]"));

        _dialogs.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(new byte[CatalogViewModel.MaxFileBytes + 1], "huge.yaml"));

        _dialogs.WaitForAssertion(() => Assert.Contains("huge.yaml is 257 KB; a descriptor file may be at most 256 KB", _dialogs.Find("[data-testid=import-problem]").TextContent));
        Assert.Empty(_dialogs.FindAll("[data-testid=picked-file]"));
    }
}
