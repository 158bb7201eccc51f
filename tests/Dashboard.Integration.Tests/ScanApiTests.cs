using Dashboard.Analysis.Scanning;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Infrastructure.DemoWorld;
using Dashboard.TestHost;

namespace Dashboard.Integration.Tests;

public class ScanApiTests(ScanRootsFixture fixture) : IClassFixture<ScanRootsFixture>
{
    private static readonly string SamplesRoot = ScanRootsFixture.SamplesRoot;

    private async Task<HttpClient> SignedInClientAsync(string userName)
    {
        var client = fixture.Host.CreateClient();
        await SignInForm.SignInAsync(client, userName, DemoAccounts.Password);
        return client;
    }

    private static async Task<string> ProblemDetailAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        return problem.GetProperty("detail").GetString()!;
    }

    [Fact]
    public async Task Engineer_ScansSamples_GetsTheSameJsonAsTheCommandLine()
    {
        using var client = await SignedInClientAsync("engineer");

        var response = await client.PostAsJsonAsync("api/scan", new { path = SamplesRoot });
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var expected = ScanJson.Serialize(await new SourceScanner().ScanAsync(SamplesRoot, null, CancellationToken.None));
        Assert.Equal(expected, body);
    }

    [Fact]
    public async Task Engineer_ScansSamples_SeesTheBillingSentinelAndFrontendRetries()
    {
        using var client = await SignedInClientAsync("engineer");

        var scan = await (await client.PostAsJsonAsync("api/scan", new { path = SamplesRoot })).Content.ReadFromJsonAsync<JsonElement>();

        var services = scan.GetProperty("services").EnumerateArray().ToDictionary(s => s.GetProperty("name").GetString()!);
        var sentinel = Assert.Single(services["billing-api"].GetProperty("refresh").EnumerateArray());
        Assert.Equal(("Billing:Sentinel", true), (sentinel.GetProperty("key").GetString(), sentinel.GetProperty("refreshAll").GetBoolean()));
        var retry = services["frontend"].GetProperty("httpClients")[0];
        Assert.Equal(("billing-api", "immediate", 3),
            (retry.GetProperty("name").GetString(), retry.GetProperty("retry").GetString(), retry.GetProperty("attempts").GetInt32()));
    }

    [Fact]
    public async Task Admin_CanScan()
    {
        using var client = await SignedInClientAsync("admin");

        var response = await client.PostAsJsonAsync("api/scan", new { path = SamplesRoot });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Viewer_IsRefusedWith403()
    {
        using var client = await SignedInClientAsync("viewer");

        var response = await client.PostAsJsonAsync("api/scan", new { path = SamplesRoot });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Anonymous_Gets401()
    {
        using var client = fixture.Host.CreateClient();

        var response = await client.PostAsJsonAsync("api/scan", new { path = SamplesRoot });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Scan_WithoutPath_Gets400SayingPathIsMissing()
    {
        using var client = await SignedInClientAsync("engineer");

        var detail = await ProblemDetailAsync(await client.PostAsJsonAsync("api/scan", new { catalog = SamplesRoot }));

        Assert.Contains("no 'path'", detail);
    }

    [Fact]
    public async Task Scan_PathThatDoesNotExist_Gets400NamingIt()
    {
        using var client = await SignedInClientAsync("engineer");
        var missing = Path.Combine(fixture.TempRoot, "no-such-source-" + Guid.NewGuid().ToString("N"));

        var detail = await ProblemDetailAsync(await client.PostAsJsonAsync("api/scan", new { path = missing }));

        Assert.Contains($"The source folder '{missing}' does not exist", detail);
    }

    [Fact]
    public async Task Scan_RelativePath_Gets400AskingForAnAbsolutePath()
    {
        using var client = await SignedInClientAsync("engineer");

        var detail = await ProblemDetailAsync(await client.PostAsJsonAsync("api/scan", new { path = "Samples" }));

        Assert.Contains("'Samples' is not an absolute path", detail);
    }

    [Fact]
    public async Task Scan_CatalogThatDoesNotExist_Gets400NamingIt()
    {
        using var client = await SignedInClientAsync("engineer");
        var missing = Path.Combine(fixture.TempRoot, "no-such-catalog-" + Guid.NewGuid().ToString("N") + ".yaml");

        var detail = await ProblemDetailAsync(await client.PostAsJsonAsync("api/scan", new { path = SamplesRoot, catalog = missing }));

        Assert.Contains($"The catalog '{missing}' does not exist", detail);
    }

    [Fact]
    public async Task Scan_WithCatalog_NamesServicesFromItAndReportsItsProblems()
    {
        using var client = await SignedInClientAsync("engineer");
        var catalog = Path.Combine(fixture.TempRoot, "scan-api-catalog-" + Guid.NewGuid().ToString("N") + ".yaml");
        await File.WriteAllTextAsync(catalog, Component("billing", "billing-api", "payments") + "\n---\n" + Component("orphan", "frontend", owner: ""));

        try
        {
            var response = await client.PostAsJsonAsync("api/scan", new { path = SamplesRoot, catalog });
            var scan = await response.Content.ReadFromJsonAsync<JsonElement>();

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(["billing"], scan.GetProperty("services").EnumerateArray().Select(s => s.GetProperty("name").GetString()));
            var diagnostic = Assert.Single(scan.GetProperty("diagnostics").EnumerateArray());
            Assert.Equal(catalog, diagnostic.GetProperty("file").GetString());
            Assert.Contains("spec.owner is required", diagnostic.GetProperty("message").GetString());
        }
        finally
        {
            File.Delete(catalog);
        }
    }

    private static string Component(string name, string sourcePath, string owner) => $"""
        apiVersion: backstage.io/v1alpha1
        kind: Component
        metadata:
          name: {name}
          annotations:
            dashboard/source-path: {sourcePath}
        spec:
          type: service
          owner: {owner}
        """;
}
