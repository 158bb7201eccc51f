using Dashboard.Application.Health;
using Dashboard.Infrastructure.ConfigMap;
using Dashboard.Infrastructure.ConfigStores;
using Dashboard.Application.Live;
using Dashboard.Domain.Catalog;
using Dashboard.Infrastructure.BlastRadius;
using Dashboard.Infrastructure.Scanning;
using Dashboard.Web.Components.Pages;
using Dashboard.Web.Model;
using Dashboard.Web.Tests.ConfigMap;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Dashboard.Domain.ConfigStores;
using System.Security.Claims;
using Bunit.TestDoubles;
using Dashboard.Domain.Access;
using Dashboard.Infrastructure.Persistence;
using Dashboard.Application.BlastRadius;
using Dashboard.Web.Security;
using Dashboard.Web.Tests.Catalog;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Tests.Propose;

public sealed class ProposeChangePageTests : DashboardTestContext, IDisposable
{
    private readonly CatalogTestDatabase _database = new();
    private readonly BunitAuthorizationContext _auth;
    // The value field waits 400 ms after the last keystroke before it recomputes the radius.
    private static readonly TimeSpan Typing = TimeSpan.FromSeconds(5);
    private readonly FakeConfigStore _store = new();

    public ProposeChangePageTests()
    {
        _store.Settings.AddRange(
        [
            FakeConfigStore.Setting("tax.rate.default", "production", "0.08"),
            FakeConfigStore.Setting("tax.rate.default", "staging", "0.0825"),
            FakeConfigStore.Setting("Billing:Database:ConnectionString", "production", """{"uri":"https://kv.vault.azure.net/secrets/sql"}""", ConfigContentTypes.KeyVaultReference),
        ]);
        Services.AddSingleton<ICatalogSource>(new FakeCatalogSource { Next = Catalog });
        Services.AddSingleton<IConfigStoreClientFactory>(_store);
        Services.AddSingleton<IScanSnapshotSource, FixedScan>();
        Services.AddSingleton<ILiveFeed, ChannelLiveFeed>();
        Services.AddSingleton<StoreSnapshotCache>();
        Services.AddSingleton<ConfigMapService>();
        Services.AddSingleton<ChangePreviewService>();
        Services.AddSingleton(new HealthSeriesOptions());
        Services.AddSingleton<HealthSeriesStore>();
        Services.AddSingleton<LiveTrafficReader>();
        Services.AddSingleton<IBlastRadiusService, BlastRadiusService>();
        Services.AddSingleton<IDbContextFactory<DashboardDbContext>>(_database);
        Services.AddSingleton(TimeProvider.System);
        Services.AddTestWorkflows();
        Services.AddTransient<ProposeChangeViewModel>();
        _auth = AddAuthorization();
        _auth.SetAuthorized("engineer");
        _auth.SetClaims(new Claim(ClaimTypes.Name, "engineer"), new Claim("name", "Eli Engineer"));
        _auth.SetRoles(Roles.Engineer);
        // The real policies and authorization service, so the page is judged by the same rules as the host.
        Services.AddAuthorizationCore(Policies.Add);
        Services.AddSingleton<IAuthorizationService, DefaultAuthorizationService>();
        Services.AddSingleton<IAuthorizationPolicyProvider, DefaultAuthorizationPolicyProvider>();
    }

    [Fact]
    public async Task Submit_CreatesADraftProposal_AndOpensIt()
    {
        var page = Open("tax.rate.default");
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("input[data-testid=propose-value]")));
        page.Find("input[data-testid=propose-value]").Input("0.0825");
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=radius-panel]")), Typing);

        page.Find("textarea[data-testid=propose-reason]").Input("Tax authority raised the default rate from 1 January.");
        var navigation = Services.GetRequiredService<NavigationManager>();
        // The draft is written into the URL first, which renders the page once more; click after that.
        page.WaitForAssertion(() => Assert.Contains("reason=", navigation.Uri), Typing);
        page.WaitForAssertion(() => Assert.False(SubmitButton(page).HasAttribute("disabled")), Typing);
        // Found and clicked in one dispatch, so a render from the URL update cannot replace the button in between.
        await page.InvokeAsync(() => SubmitButton(page).Click());

        page.WaitForAssertion(() => Assert.Matches("/proposals/[0-9a-f-]{36}$", navigation.Uri), Typing);
        using var db = _database.CreateDbContext();
        var proposal = Assert.Single(db.Set<Dashboard.Domain.Proposals.Proposal>().ToList());
        Assert.Equal("0.0825", proposal.ProposedValue.Value);
        Assert.Equal(Dashboard.Domain.Proposals.ProposalState.Draft, proposal.State);
    }

    [Fact]
    public void Viewer_CanPreviewButNotSubmit()
    {
        _auth.SetRoles(Roles.Viewer);

        var page = Open("tax.rate.default");

        page.WaitForAssertion(() => Assert.Contains("Only Engineers can submit a proposal", page.Markup));
        Assert.DoesNotContain(page.FindAll("button"), b => b.TextContent.Contains("Submit proposal"));
    }

    public new void Dispose()
    {
        base.Dispose();
        _database.Dispose();
    }

    private static AngleSharp.Dom.IElement SubmitButton(IRenderedComponent<ProposeChange> page) =>
        page.FindAll("button").Single(b => b.TextContent.Contains("Submit proposal"));

    [Fact]
    public void KeyFromTheLink_ShowsEveryEnvironmentsValue_AndTheDrift()
    {
        var page = Open("tax.rate.default");

        page.WaitForAssertion(() => Assert.Contains("0.0825", page.Find("[data-testid=current-values]").TextContent));
        var rows = page.FindAll("[data-testid=current-values] tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(rows, r => r.Contains("staging") && r.Contains("0.0825") && r.Contains("a number"));
        Assert.Contains(rows, r => r.Contains("production") && r.Contains("0.08"));
        Assert.Contains("The environments differ today", page.Markup);
        var previewed = Assert.Single(page.FindAll("[data-testid=current-values] tbody tr.selected-row"));
        Assert.Contains("production", previewed.TextContent);
    }

    [Fact]
    public void ValueThatIsNotANumber_SaysWhatIsWrong_AndShowsNoRadius()
    {
        var page = Open("tax.rate.default");
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("input[data-testid=propose-value]")));

        page.Find("input[data-testid=propose-value]").Input("eight percent");

        page.WaitForAssertion(() => Assert.Contains("'eight percent' is not a number; the current value in production is a number", page.Markup), Typing);
        Assert.Empty(page.FindAll("[data-testid=radius-panel]"));
    }

    [Fact]
    public void ValidValue_ShowsTheRadius_WithTheReloadingService()
    {
        var page = Open("tax.rate.default");
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("input[data-testid=propose-value]")));

        page.Find("input[data-testid=propose-value]").Input("0.0825");

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=radius-panel]")), Typing);
        var affected = page.FindAll("[data-testid=radius-affected]").Select(a => a.TextContent).ToList();
        Assert.Contains(affected, a => a.Contains("billing-api") && a.Contains("reloads") && a.Contains("sees it within 30 s"));
        Assert.Contains(affected, a => a.Contains("invoice-renderer"));
        Assert.Contains(page.FindAll("[data-testid=radius-risk]"), r => r.TextContent.Contains("not-validated-in-staging"));
        // The short form in front of Submit (shown on phones) names the same risk and count as the panel.
        var summary = page.Find("[data-testid=risk-summary]").TextContent;
        Assert.Contains(page.Find("[data-testid=risk-level]").TextContent, summary);
        Assert.Contains($"{affected.Count} services see the change", summary);
    }

    [Fact]
    public void UnchangedValue_IsRefusedWithAReason()
    {
        var page = Open("tax.rate.default");
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("input[data-testid=propose-value]")));

        page.Find("input[data-testid=propose-value]").Input("0.08");

        page.WaitForAssertion(() => Assert.Contains("This is the value production already has", page.Markup), Typing);
    }

    [Fact]
    public void SecretKey_IsMasked_AndNotPrefilled()
    {
        var page = Open("Billing:Database:ConnectionString");

        page.WaitForAssertion(() => Assert.Contains("••••••••", page.Find("[data-testid=current-values]").TextContent));
        Assert.DoesNotContain("vault.azure.net", page.Markup);
    }

    [Fact]
    public void NewKey_SaysItIsACreate()
    {
        var page = Open("tax.rate.reduced");

        page.WaitForAssertion(() => Assert.Contains("'tax.rate.reduced' does not exist yet: this creates it.", page.Markup));
    }

    [Fact]
    public void Arrival_FromTheMap_ShowsTheRadiusOfAnyChangeAndNoError()
    {
        var page = Open("tax.rate.default");

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=radius-panel]")), Typing);
        Assert.Contains("radius of any change to 'tax.rate.default'", page.Find("[data-testid=any-change-note]").TextContent);
        Assert.Empty(page.FindAll(".mud-input-error"));
        Assert.Contains("This is the value production already has", page.Find("[data-testid=submit-blocked]").TextContent);
        Assert.True(SubmitButton(page).HasAttribute("disabled"));
    }

    [Fact]
    public void DisabledSubmit_SaysWhyUntilAReasonIsGiven()
    {
        var page = Open("tax.rate.default");
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("input[data-testid=propose-value]")));

        page.Find("input[data-testid=propose-value]").Input("0.0825");
        page.WaitForAssertion(() => Assert.Contains("Say why the change is needed.", page.Find("[data-testid=submit-blocked]").TextContent), Typing);
        page.Find("textarea[data-testid=propose-reason]").Input("2027 tax rules");

        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=submit-blocked]")), Typing);
        Assert.False(SubmitButton(page).HasAttribute("disabled"));
    }

    [Fact]
    public void PercentTypedForAFraction_WarnsInWordsWithTheFraction()
    {
        var page = Open("tax.rate.default");
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("input[data-testid=propose-value]")));

        page.Find("input[data-testid=propose-value]").Input("8.25");

        page.WaitForAssertion(() => Assert.Contains("8.25 % as a fraction is 0.0825", page.Find("[data-testid=magnitude-warning]").TextContent), Typing);
    }

    [Fact]
    public void Typing_KeepsKeyEnvironmentValueAndReasonInTheUrl()
    {
        var navigation = Services.GetRequiredService<NavigationManager>();
        var page = Open("tax.rate.default");
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("input[data-testid=propose-value]")));

        page.Find("input[data-testid=propose-value]").Input("0.0825");
        page.WaitForAssertion(() => Assert.Contains("value=0.0825", navigation.Uri), Typing);
        page.Find("textarea[data-testid=propose-reason]").Input("2027 rules");

        page.WaitForAssertion(() => Assert.Contains("reason=2027%20rules", navigation.Uri), Typing);
        Assert.Contains("key=tax.rate.default", navigation.Uri);
        Assert.Contains("env=production", navigation.Uri);
    }

    [Fact]
    public void OpenedWithADraftInTheUrl_RestoresValueReasonAndRadius()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("propose?key=tax.rate.default&env=production&value=0.0825&reason=2027%20rules");
        var page = RenderWithProviders<ProposeChange>();

        page.WaitForAssertion(() => Assert.Equal("0.0825", page.Find("input[data-testid=propose-value]").GetAttribute("value")), Typing);
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=radius-panel]")), Typing);
        Assert.Empty(page.FindAll("[data-testid=any-change-note]"));
        Assert.Equal("2027 rules", page.Find("textarea[data-testid=propose-reason]").TextContent);
    }

    [Fact]
    public void SecretValue_IsNeverWrittenIntoTheUrl()
    {
        var navigation = Services.GetRequiredService<NavigationManager>();
        var page = Open("Billing:Database:ConnectionString");
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("input[data-testid=propose-value]")));

        page.Find("input[data-testid=propose-value]").Input("""{"uri":"https://kv.vault.azure.net/secrets/sql-2027"}""");
        page.Find("textarea[data-testid=propose-reason]").Input("rotate");

        page.WaitForAssertion(() => Assert.Contains("reason=rotate", navigation.Uri), Typing);
        Assert.DoesNotContain("value=", navigation.Uri);
        Assert.DoesNotContain("sql-2027", navigation.Uri);
    }

    [Fact]
    public void NewKeyNamedLikeAnExistingOne_ShowsItFirstAndNeedsAnExplicitConfirmation()
    {
        var page = Open("tax.rate.defualt");

        page.WaitForAssertion(() => Assert.Contains("Use tax.rate.default", page.Find("[data-testid=look-alike-warning]").TextContent), Typing);
        page.Find("input[data-testid=propose-value]").Input("0.09");
        page.Find("textarea[data-testid=propose-reason]").Input("a new rate");
        page.WaitForAssertion(() => Assert.Contains("Confirm that you mean to create the new key", page.Find("[data-testid=submit-blocked]").TextContent), Typing);

        page.Find("input[data-testid=confirm-new-key], [data-testid=confirm-new-key] input").Change(true);

        page.WaitForAssertion(() => Assert.False(SubmitButton(page).HasAttribute("disabled")), Typing);
    }

    [Fact]
    public void UseLookAlike_SwitchesToTheExistingKey()
    {
        var page = Open("tax.rate.defualt");
        page.WaitForAssertion(() => page.Find("[data-testid=use-look-alike]"), Typing);

        page.Find("[data-testid=use-look-alike]").Click();

        page.WaitForAssertion(() => Assert.Contains("0.0825", page.Find("[data-testid=current-values]").TextContent), Typing);
        Assert.Empty(page.FindAll("[data-testid=look-alike-warning]"));
    }

    [Fact]
    public void Leaving_WithATypedValue_AsksFirstAndStaysWhenCancelled()
    {
        var navigation = Services.GetRequiredService<NavigationManager>();
        var dialogs = Render<MudBlazor.MudDialogProvider>();
        var page = Open("tax.rate.default");
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("input[data-testid=propose-value]")));
        page.Find("input[data-testid=propose-value]").Input("0.0825");
        page.WaitForAssertion(() => Assert.Contains("value=0.0825", navigation.Uri), Typing);

        _ = page.InvokeAsync(() => navigation.NavigateTo("proposals"));

        dialogs.WaitForAssertion(() => Assert.Contains("Leave without submitting?", dialogs.Markup), Typing);
        dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Stay").Click();
        page.WaitForAssertion(() => Assert.Contains("/propose?", navigation.Uri), Typing);
    }

    [Fact]
    public void ValueField_StopsAtTheStoresLimit()
    {
        var page = Open("tax.rate.default");

        page.WaitForAssertion(() => Assert.Equal("10240", page.Find("input[data-testid=propose-value]").GetAttribute("maxlength")), Typing);
    }

    [Fact]
    public void EnvironmentControl_SaysItOnlyPreviews()
    {
        var page = Open("tax.rate.default");

        page.WaitForAssertion(() => Assert.Contains("A proposal always goes to staging first, then production.", page.Markup), Typing);
    }

    private IRenderedComponent<ProposeChange> Open(string key)
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo($"propose?key={Uri.EscapeDataString(key)}");
        return RenderWithProviders<ProposeChange>();
    }

    private static ServiceCatalog Catalog()
    {
        var catalog = new ServiceCatalog();
        catalog.AddEnvironment(new DeploymentEnvironment("staging", 0, false));
        catalog.AddEnvironment(new DeploymentEnvironment("production", 1, true));
        catalog.AddService(new Service("billing-api", "payments", ServiceKind.Api, Lifecycle.Production));
        catalog.AddService(new Service("invoice-renderer", "documents", ServiceKind.Worker, Lifecycle.Production));
        catalog.AddStore(new ConfigStore("contoso-shared-config", ConfigStoreKind.Local, null),
            new ConfigStoreBinding("staging", "staging"), new ConfigStoreBinding("production", "production"));
        return catalog;
    }
}
