using System.Net;
using Dashboard.Infrastructure.DemoWorld;
using Dashboard.TestHost;

namespace Dashboard.Integration.Tests;

public class AccessDeniedTests(SeededDashboardFixture fixture) : IClassFixture<SeededDashboardFixture>
{
    [Fact]
    public async Task Viewer_OpeningAnAdminPage_IsSentToTheAccessDeniedPage_NamingTheRoleItNeeds()
    {
        using var viewer = fixture.Host.CreateClient();
        await SignInForm.SignInAsync(viewer, "viewer", DemoAccounts.Password);

        var refused = await viewer.GetAsync("audit");
        var location = refused.Headers.Location!.OriginalString;
        var page = await viewer.GetAsync(location);
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal("/account/denied?ReturnUrl=%2Faudit&need=Admin", location);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("with the role Viewer", StripTags(html));
        Assert.Contains("It needs the Admin role.", StripTags(html));
        Assert.Contains("ask an Admin of the dashboard to give your account (viewer) that role", html);
        Assert.Contains("href=\"/\"", html);
    }

    [Fact]
    public async Task AccessDeniedPage_ShowsOnlyKnownRoles_FromItsAddress()
    {
        using var viewer = fixture.Host.CreateClient();
        await SignInForm.SignInAsync(viewer, "viewer", DemoAccounts.Password);

        var html = await viewer.GetStringAsync("account/denied?ReturnUrl=%2Faudit&need=Admin,<script>,Root");

        Assert.Contains("It needs the <strong>Admin</strong> role.", html);
        Assert.DoesNotContain("Root", html);
        Assert.DoesNotContain("<script>", html);
    }

    [Fact]
    public async Task Viewer_CallingAnAdminApi_StillGets403ProblemDetails()
    {
        using var viewer = fixture.Host.CreateClient();
        await SignInForm.SignInAsync(viewer, "viewer", DemoAccounts.Password);

        var response = await viewer.GetAsync("api/admin/accounts");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private static string StripTags(string html) => System.Text.RegularExpressions.Regex.Replace(html, "<[^>]+>", "");
}
