using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Dashboard.Infrastructure.DemoWorld;
using Dashboard.TestHost;

namespace Dashboard.Integration.Tests;

/// <summary>The process's probes live under /healthz, so /health/{service} is a service's page whatever the service is called.</summary>
public sealed class ProcessProbeRouteTests(SeededDashboardFixture fixture) : IClassFixture<SeededDashboardFixture>
{
    private const string LiveService = """
        apiVersion: backstage.io/v1alpha1
        kind: Component
        metadata:
          name: live
        spec:
          type: service
          owner: group:default/payments
        """;

    [Fact]
    public async Task ServiceHealthPage_ServiceNamedLive_ShowsItsPageNotTheProcessProbe()
    {
        using var admin = fixture.Host.CreateClient();
        await SignInForm.SignInAsync(admin, "admin", DemoAccounts.Password);
        var imported = await admin.PostAsync("api/catalog/import", new StringContent(LiveService, Encoding.UTF8, "application/yaml"));
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);

        var page = await admin.GetAsync("health/live");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<title>live health · Dashboard</title>", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("healthz/live")]
    [InlineData("healthz/ready")]
    public async Task ProcessProbe_Anonymous_AnswersHealthyAsJson(string path)
    {
        using var anonymous = fixture.Host.CreateClient();

        var probe = await anonymous.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, probe.StatusCode);
        Assert.Equal("Healthy", (await probe.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
    }
}
