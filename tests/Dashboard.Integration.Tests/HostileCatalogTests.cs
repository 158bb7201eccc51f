using System.Net;
using System.Net.Http.Json;
using System.Text;
using Dashboard.Infrastructure.DemoWorld;
using Dashboard.TestHost;
using Xunit.Abstractions;

namespace Dashboard.Integration.Tests;

// Each hostile catalog body is refused or reported, and the process keeps answering.
public class HostileCatalogTests(ScanRootsFixture fixture, ITestOutputHelper output) : IClassFixture<ScanRootsFixture>
{
    public static TheoryData<string, string> HostileYaml => new()
    {
        { "nested", "description: " + new string('[', 30 * 1024) + new string(']', 30 * 1024) + "\n" },
        { "laughs", """
            a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
            b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
            c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
            d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
            e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
            f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
            g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
            h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
            i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
            """ },
        { "duplicate-tagged-key", """
            kind: Component
            metadata:
              name: twice
              annotations:
                dashboard/source-path: api
                !!str dashboard/source-path: elsewhere
            spec:
              owner: payments
            """ },
    };

    private async Task<HttpClient> SignedInAsync(string user)
    {
        var client = fixture.Host.CreateClient();
        await SignInForm.SignInAsync(client, user, DemoAccounts.Password);
        return client;
    }

    /// <summary>Checks the process still answers, and writes the case's row of the hostile-input table.</summary>
    private async Task AssertAliveAsync(string request, string name, HttpStatusCode status)
    {
        using var probe = fixture.Host.CreateClient();
        var live = (await probe.GetAsync("healthz/live")).StatusCode;
        output.WriteLine($"| {request} with {name} YAML | {(int)status} {status} | /healthz/live {(int)live} |");
        Assert.Equal(HttpStatusCode.OK, live);
    }

    [Theory]
    [MemberData(nameof(HostileYaml))]
    public async Task CatalogImport_HostileYaml_Is400AndTheProcessLives(string name, string yaml)
    {
        using var admin = await SignedInAsync("admin");

        var response = await admin.PostAsync("api/catalog/import", new StringContent(yaml, Encoding.UTF8, "application/yaml"));

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{name}: {response.StatusCode}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        await AssertAliveAsync("POST /api/catalog/import", name, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(HostileYaml))]
    public async Task Scan_RepositoryWithHostileCatalog_IsReportedAndTheProcessLives(string name, string yaml)
    {
        using var engineer = await SignedInAsync("engineer");
        var root = fixture.NewFolder(name);
        Directory.CreateDirectory(Path.Combine(root, "api"));
        await File.WriteAllTextAsync(Path.Combine(root, "api", "Program.cs"), "var rate = builder.Configuration[\"Tax:Rate\"];");
        var catalog = Path.Combine(root, "catalog-info.yaml");
        await File.WriteAllTextAsync(catalog, yaml);

        var response = await engineer.PostAsJsonAsync("api/scan", new { path = root, catalog });

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{name}: {response.StatusCode}");
        var problem = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        Assert.Equal("catalog", problem.GetProperty("field").GetString());
        Assert.Contains("catalog-info.yaml:", problem.GetProperty("detail").GetString());
        await AssertAliveAsync("POST /api/scan", name, response.StatusCode);
    }
}
