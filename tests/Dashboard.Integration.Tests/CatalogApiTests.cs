using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Dashboard.Infrastructure.DemoWorld;
using Dashboard.TestHost;

namespace Dashboard.Integration.Tests;

public class CatalogApiTests(SeededDashboardFixture fixture) : IClassFixture<SeededDashboardFixture>
{
    private const string TaxService = """
        apiVersion: backstage.io/v1alpha1
        kind: Component
        metadata:
          name: tax-service
          annotations:
            dashboard/config-keys: Tax:*, tax.rate.default
            dashboard/source-path: services/tax
            dashboard/retry.billing-api: attempts=2, backoff=exponential, timeout=5s, circuitBreaker=true
        spec:
          type: service
          owner: group:default/payments
          dependsOn: [component:billing-api]
        ---
        kind: Component
        metadata:
          name: no-owner
        spec:
          type: service
        """;

    private static StringContent Yaml(string text, string mediaType = "application/yaml") => new(text, Encoding.UTF8, mediaType);

    private async Task<HttpClient> SignedInAsync(string userName)
    {
        var client = fixture.Host.CreateClient();
        await SignInForm.SignInAsync(client, userName, DemoAccounts.Password);
        return client;
    }

    [Fact]
    public async Task Import_AsAdmin_AddsTheServiceAndReportsWhatWasSkipped()
    {
        using var client = await SignedInAsync("admin");

        var response = await client.PostAsync("api/catalog/import", Yaml(TaxService));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["component:tax-service", "tax-service → component:billing-api"],
            report.GetProperty("added").EnumerateArray().Select(a => a.GetProperty("entry").GetString()));
        var skipped = report.GetProperty("skipped").EnumerateArray().Single();
        Assert.Equal("request", skipped.GetProperty("file").GetString());
        Assert.Equal(14, skipped.GetProperty("line").GetInt32());
        Assert.Contains("component:frontend", report.GetProperty("notInImport").EnumerateArray().Select(e => e.GetString()));

        var tax = await client.GetFromJsonAsync<JsonElement>("api/services/tax-service");
        Assert.Equal("services/tax", tax.GetProperty("sourcePath").GetString());
        Assert.Equal(["Tax:*", "tax.rate.default"], tax.GetProperty("declaredConfigKeys").EnumerateArray().Select(k => k.GetString()));
    }

    [Fact]
    public async Task Import_AsViewer_Is403ProblemAndChangesNothing()
    {
        using var client = await SignedInAsync("viewer");

        var response = await client.PostAsync("api/catalog/import", Yaml(TaxService.Replace("tax-service", "viewer-service")));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("api/services/viewer-service")).StatusCode);
    }

    [Fact]
    public async Task Import_Anonymous_Is401()
    {
        using var client = fixture.Host.CreateClient();

        var response = await client.PostAsync("api/catalog/import", Yaml(TaxService));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Import_MalformedYaml_Is400ListingDiagnosticsWithLine()
    {
        using var client = await SignedInAsync("admin");

        var response = await client.PostAsync("api/catalog/import",
            Yaml("kind: Component\nmetadata:\n  name: broken-service\n  description: [unclosed\nspec:\n  owner: a\n"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var diagnostic = problem.GetProperty("diagnostics").EnumerateArray().Single();
        Assert.Equal("request", diagnostic.GetProperty("file").GetString());
        Assert.True(diagnostic.GetProperty("line").GetInt32() >= 4);
        Assert.Contains("not valid YAML", diagnostic.GetProperty("message").GetString());
        Assert.Contains("request:", problem.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("api/services/broken-service")).StatusCode);
    }

    [Fact]
    public async Task Import_JsonBody_Is415SayingWhatToSend()
    {
        using var client = await SignedInAsync("admin");

        var response = await client.PostAsync("api/catalog/import", Yaml("{}", "application/json"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("Content-Type: application/yaml", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("text/yaml")]
    public async Task Import_AsACrossSiteFormCouldSendIt_Is415NamingApplicationYaml_AndImportsNothing(string mediaType)
    {
        using var client = await SignedInAsync("admin");

        var response = await client.PostAsync("api/catalog/import", Yaml(TaxService.Replace("tax-service", "csrf-service"), mediaType));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("application/yaml", problem.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("api/services/csrf-service")).StatusCode);
    }

    [Fact]
    public async Task Import_LargerThanTheLimit_Is413()
    {
        using var client = await SignedInAsync("admin");

        var response = await client.PostAsync("api/catalog/import", Yaml("# " + new string('x', 1024 * 1024 + 10)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }
}
