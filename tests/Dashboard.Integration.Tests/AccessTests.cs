using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Infrastructure.DemoWorld;
using Dashboard.TestHost;

namespace Dashboard.Integration.Tests;

public class AccessTests(SeededDashboardFixture fixture) : IClassFixture<SeededDashboardFixture>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/not-a-page")]
    public async Task AnonymousPageRequest_IsRedirectedToSignIn(string path)
    {
        using var client = fixture.Host.CreateClient();

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        // A path: the Host header the client sent never ends up in a redirect.
        Assert.StartsWith("/account/login?ReturnUrl=", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task SignedInUnknownPage_GetsTheNotFoundPageNotJson()
    {
        using var client = fixture.Host.CreateClient();
        await SignInForm.SignInAsync(client, "viewer", DemoAccounts.Password);

        var response = await client.GetAsync("no/such/page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("This page does not exist", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task SignedInUnknownApiPath_Gets404ProblemDetails()
    {
        using var client = fixture.Host.CreateClient();
        await SignInForm.SignInAsync(client, "viewer", DemoAccounts.Password);

        var response = await client.GetAsync("api/no-such-thing");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AnonymousApiRequest_Gets401ProblemDetails()
    {
        using var client = fixture.Host.CreateClient();

        var response = await client.GetAsync("api/services");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(401, problem.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Viewer_ListsServicesThroughTheApi()
    {
        using var client = fixture.Host.CreateClient();
        await SignInForm.SignInAsync(client, "viewer", DemoAccounts.Password);

        var services = await client.GetFromJsonAsync<JsonElement>("api/services");

        var names = services.EnumerateArray().Select(s => s.GetProperty("name").GetString()).ToList();
        Assert.Equal(["billing-api", "frontend", "invoice-renderer", "order-processing"], names);
        var frontend = services.EnumerateArray().Single(s => s.GetProperty("name").GetString() == "frontend");
        var dependency = frontend.GetProperty("dependsOn").EnumerateArray().Single();
        Assert.Equal("component:billing-api", dependency.GetProperty("target").GetString());
        Assert.Equal("None", dependency.GetProperty("backoff").GetString());
    }

    [Fact]
    public async Task UnknownService_Gets404ProblemNamingIt()
    {
        using var client = fixture.Host.CreateClient();
        await SignInForm.SignInAsync(client, "viewer", DemoAccounts.Password);

        var response = await client.GetAsync("api/services/ghost-api");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("ghost-api", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Viewer_IsRefusedTheAdminOnlyEndpoint()
    {
        using var client = fixture.Host.CreateClient();
        await SignInForm.SignInAsync(client, "viewer", DemoAccounts.Password);

        var response = await client.GetAsync("api/admin/accounts");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Admin_ListsAccountsWithoutPasswordHashes()
    {
        using var client = fixture.Host.CreateClient();
        await SignInForm.SignInAsync(client, "admin", DemoAccounts.Password);

        var response = await client.GetAsync("api/admin/accounts");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"role\":\"ReconciliationOperator\"", body);
        Assert.DoesNotContain("passwordHash", body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task WrongPassword_StaysOnSignInWithAClearMessage()
    {
        using var client = fixture.Host.CreateClient();

        var response = await SignInForm.PostAsync(client, "engineer", "not-the-password");
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("That user name and password do not match", page);
        Assert.DoesNotContain("not-the-password", page);
        Assert.DoesNotContain(response.Headers, h => h.Key == "Set-Cookie" && h.Value.Any(v => v.StartsWith("dashboard.session", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task SignIn_RedirectsToTheLocalReturnUrlOnly()
    {
        using var client = fixture.Host.CreateClient();

        var response = await SignInForm.PostAsync(client, "engineer", DemoAccounts.Password, returnUrl: "https://evil.example/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Pages_CarrySecurityHeaders()
    {
        using var client = fixture.Host.CreateClient();

        var response = await client.GetAsync("account/login");

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("script-src 'self'", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }
}
