using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using Dashboard.Infrastructure.DemoWorld;
using Dashboard.Infrastructure.Persistence.Accounts;
using Dashboard.TestHost;
using Dashboard.Web.Security;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Integration.Tests;

public class SessionTests
{
    [Fact]
    public async Task SignOut_EndsTheSession_ACopiedCookieStopsWorking()
    {
        await using var host = await DashboardTestHost.StartAsync();
        var cookies = new CookieContainer();
        using var browser = host.CreateClient(cookies);
        await SignInForm.SignInAsync(browser, "admin", DemoAccounts.Password);
        using var copy = CopyOfSession(host, cookies);
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("api/admin/accounts")).StatusCode);

        var signedOut = await SignOutForm.PostAsync(browser);

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal("/account/login?signedOut=true", signedOut.Headers.Location!.OriginalString);
        var afterwards = await copy.GetAsync("api/admin/accounts");
        Assert.Equal(HttpStatusCode.Unauthorized, afterwards.StatusCode);
        Assert.Equal("application/problem+json", afterwards.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task RoleChange_EndsTheAccountsSessions_AndTheNewRoleAppliesAtTheNextSignIn()
    {
        await using var host = await DashboardTestHost.StartAsync();
        using var admin = host.CreateClient();
        using var viewer = host.CreateClient();
        await SignInForm.SignInAsync(admin, "admin", DemoAccounts.Password);
        await SignInForm.SignInAsync(viewer, "viewer", DemoAccounts.Password);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsJsonAsync("api/scan", new { })).StatusCode);

        var changed = await admin.PutAsJsonAsync("api/admin/accounts/viewer/role", new { role = "Engineer" });

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal("Engineer", (await changed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("role").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, (await viewer.GetAsync("api/services")).StatusCode);
        using var again = host.CreateClient();
        await SignInForm.SignInAsync(again, "viewer", DemoAccounts.Password);
        // An Engineer may scan: the empty request is refused for what it lacks, not for the role.
        Assert.Equal(HttpStatusCode.BadRequest, (await again.PostAsJsonAsync("api/scan", new { })).StatusCode);
    }

    [Fact]
    public async Task TeamsChange_EndsTheAccountsSessions_AndTheAccountListShowsTheNewTeams()
    {
        await using var host = await DashboardTestHost.StartAsync();
        using var admin = host.CreateClient();
        using var engineer = host.CreateClient();
        await SignInForm.SignInAsync(admin, "admin", DemoAccounts.Password);
        await SignInForm.SignInAsync(engineer, "engineer", DemoAccounts.Password);

        var changed = await admin.PutAsJsonAsync("api/admin/accounts/engineer/teams", new { teams = new[] { "documents", " fulfilment ", "Documents" } });

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var listed = (await admin.GetFromJsonAsync<JsonElement>("api/admin/accounts")).EnumerateArray().Single(a => a.GetProperty("userName").GetString() == "engineer");
        Assert.Equal(["documents", "fulfilment"], listed.GetProperty("teams").EnumerateArray().Select(t => t.GetString()));
        Assert.Equal(HttpStatusCode.Unauthorized, (await engineer.GetAsync("api/services")).StatusCode);
    }

    [Fact]
    public async Task TeamsChange_TooManyTeamsOrNoList_IsABadRequestNamingTheField()
    {
        await using var host = await DashboardTestHost.StartAsync();
        using var admin = host.CreateClient();
        await SignInForm.SignInAsync(admin, "admin", DemoAccounts.Password);

        var tooMany = await admin.PutAsJsonAsync("api/admin/accounts/engineer/teams", new { teams = Enumerable.Range(1, 13).Select(i => $"team-{i}") });
        var noList = await admin.PutAsJsonAsync("api/admin/accounts/engineer/teams", new { });

        foreach (var response in new[] { tooMany, noList })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("teams", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("field").GetString());
        }
        Assert.Contains("at most 12 teams", await tooMany.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("viewer", "Superuser", HttpStatusCode.BadRequest)]
    [InlineData("nobody", "Engineer", HttpStatusCode.NotFound)]
    [InlineData("admin", "Viewer", HttpStatusCode.Conflict)]
    public async Task RoleChange_UnknownRoleUnknownAccountOrOwnRole_IsRefusedWithAProblem(string userName, string role, HttpStatusCode expected)
    {
        await using var host = await DashboardTestHost.StartAsync();
        using var admin = host.CreateClient();
        await SignInForm.SignInAsync(admin, "admin", DemoAccounts.Password);

        var response = await admin.PutAsJsonAsync($"api/admin/accounts/{userName}/role", new { role });

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task OpenPage_IsSignedOutWithinTheRevalidationInterval_WhenTheSessionEnds()
    {
        await using var host = await DashboardTestHost.StartAsync(new Dictionary<string, string> { ["Authentication:RevalidateSeconds"] = "1" });
        var services = host.App.Services;
        var accounts = services.GetRequiredService<LocalAccountStore>();
        var engineer = (await accounts.ListAsync(CancellationToken.None)).Single(a => a.UserName == "engineer");
        await using var scope = services.CreateAsyncScope();
        // The provider an open page (a circuit) gets, holding the state its connection started with.
        var provider = (SessionRevalidatingAuthenticationStateProvider)scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>();
        provider.SetAuthenticationState(Task.FromResult(new AuthenticationState(SessionPrincipal.For(engineer))));
        var changed = new TaskCompletionSource<ClaimsPrincipal>(TaskCreationOptions.RunContinuationsAsynchronously);
        provider.AuthenticationStateChanged += async state => changed.TrySetResult((await state).User);

        await accounts.EndSessionsAsync("engineer", CancellationToken.None);
        var user = await changed.Task.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.False(user.Identity?.IsAuthenticated);
    }

    [Fact]
    public async Task OpenPage_StaysSignedIn_WhileTheSessionHolds()
    {
        await using var host = await DashboardTestHost.StartAsync(new Dictionary<string, string> { ["Authentication:RevalidateSeconds"] = "1" });
        var services = host.App.Services;
        var engineer = (await services.GetRequiredService<LocalAccountStore>().ListAsync(CancellationToken.None)).Single(a => a.UserName == "engineer");
        var validator = services.GetRequiredService<SessionValidator>();

        var check = await validator.CheckAsync(SessionPrincipal.For(engineer), CancellationToken.None);
        var stale = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "engineer"), new Claim(SessionPrincipal.SecurityStampClaim, "old")], "Cookies"));

        Assert.Equal(SessionCheck.Current, check);
        Assert.Equal(SessionCheck.Ended, await validator.CheckAsync(stale, CancellationToken.None));
    }

    // A second client holding only the session cookie, as someone who copied it from the browser would.
    private static HttpClient CopyOfSession(DashboardTestHost host, CookieContainer cookies)
    {
        var session = cookies.GetCookies(host.BaseAddress)["dashboard.session"]!;
        var copy = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = host.BaseAddress };
        copy.DefaultRequestHeaders.Add("Cookie", $"{session.Name}={session.Value}");
        return copy;
    }
}
