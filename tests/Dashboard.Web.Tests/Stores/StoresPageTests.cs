using Bunit.TestDoubles;
using Dashboard.Domain.Catalog;
using Dashboard.Infrastructure.ConfigStores;
using Dashboard.Infrastructure.Persistence;
using Dashboard.Web.Model;
using Dashboard.Web.Security;
using Dashboard.Web.Tests.Catalog;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StoresPage = Dashboard.Web.Components.Pages.Stores;

namespace Dashboard.Web.Tests.Stores;

public sealed class StoresPageTests : DashboardTestContext, IDisposable
{
    private readonly CatalogTestDatabase _database = new();
    private readonly BunitAuthorizationContext _auth;
    private IRenderedComponent<MudBlazor.MudDialogProvider> _dialogs = null!;

    public StoresPageTests()
    {
        Services.AddSingleton<IDbContextFactory<DashboardDbContext>>(_database);
        Services.AddSingleton<ICatalogSource, CatalogRepository>();
        Services.AddTestWorkflows();
        Services.AddSingleton(TimeProvider.System);
        Services.AddSingleton<LocalConfigStoreRegistry>();
        Services.AddSingleton(Options.Create(new ConfigStoreConnectionOptions()));
        Services.AddSingleton<ConfigStoreClientFactory>();
        Services.AddSingleton<StoreConnectionTester>();
        Services.AddTransient<StoresViewModel>();
        _auth = AddAuthorization();
        Services.AddAuthorizationCore(Policies.Add);
        Services.AddSingleton<IAuthorizationService, DefaultAuthorizationService>();
        Services.AddSingleton<IAuthorizationPolicyProvider, DefaultAuthorizationPolicyProvider>();
    }

    void IDisposable.Dispose() => _database.Dispose();

    private IRenderedComponent<StoresPage> RenderAs(string userName, string role)
    {
        _auth.SetAuthorized(userName);
        _auth.SetRoles(role);
        _dialogs = Render<MudBlazor.MudDialogProvider>();
        var page = RenderWithProviders<StoresPage>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=store-row]")));
        return page;
    }

    private Task<ServiceCatalog> StoredAsync() => new CatalogRepository(_database).LoadAsync(CancellationToken.None);

    private void Type(string testId, string text) => _dialogs.Find($"[data-testid={testId}] input, input[data-testid={testId}]").Input(text);

    private void OpenAdd(IRenderedComponent<StoresPage> page)
    {
        page.Find("[data-testid=add-store]").Click();
        _dialogs.WaitForAssertion(() => _dialogs.Find("[data-testid=store-dialog]"));
    }

    [Fact]
    public void Render_Admin_ListsTheStoreWithItsLabelsAndEditControls()
    {
        var page = RenderAs("admin", "Admin");

        var row = page.Find("[data-testid=stores-table]").TextContent;
        Assert.Contains("contoso-shared-config", row);
        Assert.Contains("Embedded local store", row);
        Assert.Contains("production: production", row);
        Assert.NotEmpty(page.FindAll("[data-testid=edit-store]"));
        Assert.Empty(page.FindAll("[data-testid=read-only]"));
    }

    [Fact]
    public void Render_Viewer_IsReadOnly()
    {
        var page = RenderAs("viewer", "Viewer");

        Assert.NotEmpty(page.FindAll("[data-testid=read-only]"));
        Assert.Empty(page.FindAll("[data-testid=add-store]"));
        Assert.Empty(page.FindAll("[data-testid=edit-store]"));
    }

    [Fact]
    public async Task AddDialog_ValidAzureStore_IsSavedAndListed()
    {
        var page = RenderAs("admin", "Admin");
        OpenAdd(page);

        Type("store-name", "orders-config");
        Type("store-endpoint", "https://orders-config.azconfig.io");
        Type("store-label-staging", "stg");
        _dialogs.Find("[data-testid=save-store]").Click();

        _dialogs.WaitForAssertion(() => Assert.Empty(_dialogs.FindAll("[data-testid=store-dialog]")));
        page.WaitForAssertion(() => Assert.Contains(page.FindAll("[data-testid=store-row]"), r => r.GetAttribute("data-store") == "orders-config"));
        var store = (await StoredAsync()).FindStore("orders-config")!;
        Assert.Equal(("https://orders-config.azconfig.io/", ConfigStoreAuthentication.EntraId, "stg"),
            (store.Endpoint!.ToString(), store.Authentication, store.BindingFor("staging")!.Label));
    }

    [Fact]
    public async Task AddDialog_PlainHttpEndpoint_ShowsWhyInPlaceAndSavesNothing()
    {
        var page = RenderAs("admin", "Admin");
        OpenAdd(page);

        Type("store-name", "orders-config");
        Type("store-endpoint", "http://orders-config.azconfig.io");
        _dialogs.Find("[data-testid=save-store]").Click();

        _dialogs.WaitForAssertion(() => Assert.Contains("http is allowed only on the loopback", _dialogs.Find("[data-testid=store-error]").TextContent));
        Assert.Equal("orders-config", _dialogs.Find("[data-testid=store-name] input, input[data-testid=store-name]").GetAttribute("value"));
        Assert.Null((await StoredAsync()).FindStore("orders-config"));
    }

    [Fact]
    public void TestConnection_EntraIdOverHttp_SaysWhyBeforeAnythingIsSent()
    {
        var page = RenderAs("admin", "Admin");
        OpenAdd(page);

        Type("store-name", "emulator");
        Type("store-endpoint", "http://127.0.0.1:8483");
        _dialogs.Find("[data-testid=test-store]").Click();

        _dialogs.WaitForAssertion(() => Assert.Contains("Entra ID tokens are only ever sent over https", _dialogs.Find("[data-testid=store-test-result]").TextContent));
    }

    [Fact]
    public void TestConnection_LocalStore_SaysHowManyKeysItRead()
    {
        var page = RenderAs("admin", "Admin");
        page.Find("[data-testid=edit-store]").Click();
        _dialogs.WaitForAssertion(() => _dialogs.Find("[data-testid=store-dialog]"));

        _dialogs.Find("[data-testid=test-store]").Click();

        _dialogs.WaitForAssertion(() => Assert.StartsWith("Connected to 'contoso-shared-config' (the dashboard's embedded store): read",
            _dialogs.Find("[data-testid=store-test-result]").TextContent.Trim()));
    }

    [Fact]
    public async Task SaveAsync_AsViewer_IsRefusedOnTheServer()
    {
        _auth.SetAuthorized("viewer");
        _auth.SetRoles("Viewer");
        var model = Services.GetRequiredService<StoresViewModel>();
        await model.LoadAsync(CancellationToken.None);
        var form = model.NewForm();
        form.Name = "intruder";
        form.Endpoint = "https://intruder.azconfig.io";

        Assert.Equal(StoresViewModel.NotAllowed, await model.SaveAsync(form, CancellationToken.None));
        Assert.Null((await StoredAsync()).FindStore("intruder"));
    }
}
