using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Infrastructure.DemoWorld;
using Dashboard.TestHost;

namespace Dashboard.Integration.Tests;

public class BlastRadiusApiTests(SeededDashboardFixture fixture) : IClassFixture<SeededDashboardFixture>
{
    [Fact]
    public async Task TaxRateChange_InProduction_IsCritical_WithTheStorysServices()
    {
        using var client = await SignedInAsync("viewer");

        var response = await client.PostAsJsonAsync("api/blast-radius",
            new { store = "contoso-shared-config", key = "tax.rate.default", value = "0.0825" });
        var radius = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("tax.rate.default", radius.GetProperty("key").GetString());
        Assert.Equal("production", radius.GetProperty("label").GetString());
        Assert.Equal("critical", radius.GetProperty("riskLevel").GetString());
        var affected = radius.GetProperty("affected").EnumerateArray().ToDictionary(a => a.GetProperty("service").GetString()!);
        Assert.True(affected["billing-api"].GetProperty("reloads").GetBoolean());
        Assert.Equal("immediately", affected["billing-api"].GetProperty("seesChange").GetString());
        Assert.Contains(affected["billing-api"].GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule").GetString() == "reload-dispose-before-create");
        Assert.True(affected.ContainsKey("invoice-renderer"));
        var frontend = radius.GetProperty("downstream").EnumerateArray().Single(d => d.GetProperty("service").GetString() == "frontend");
        Assert.Equal(4, frontend.GetProperty("amplification").GetInt64());
        Assert.False(frontend.GetProperty("hasBackoff").GetBoolean());
        var rules = radius.GetProperty("risks").EnumerateArray().Select(r => r.GetProperty("rule").GetString()).ToHashSet();
        Assert.Contains("not-validated-in-staging", rules);
        Assert.Contains("retry-without-backoff", rules);
    }

    [Fact]
    public async Task TaxRateChange_Timeline_TakesTheDatabasesReconnectTimeFromTheCatalog()
    {
        using var client = await SignedInAsync("viewer");

        var response = await client.PostAsJsonAsync("api/blast-radius",
            new { store = "contoso-shared-config", key = "tax.rate.default", value = "0.0825" });
        var radius = await response.Content.ReadFromJsonAsync<JsonElement>();

        var timeline = radius.GetProperty("timeline").EnumerateArray().ToList();
        Assert.Equal(["write", "reload", "outage", "retries", "rotation"], timeline.Take(5).Select(s => s.GetProperty("kind").GetString()));
        var outage = timeline[2];
        Assert.Equal(0, outage.GetProperty("from").GetDouble());
        Assert.Equal(42, outage.GetProperty("to").GetDouble());
        Assert.Contains("catalog resource billing-sql (reconnect 8–12 s)", outage.GetProperty("source").GetString());
        Assert.Equal(JsonValueKind.Array, outage.GetProperty("figures").ValueKind);
        Assert.NotEmpty(outage.GetProperty("figures").EnumerateArray());
    }

    [Fact]
    public async Task NewKey_IsPreviewed_AndSaysWhoWouldReadIt()
    {
        using var client = await SignedInAsync("engineer");

        var response = await client.PostAsJsonAsync("api/blast-radius",
            new { store = "contoso-shared-config", key = "Orders:Fulfilment:MaxParallel", value = "8", environment = "staging" });
        var radius = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("staging", radius.GetProperty("label").GetString());
        Assert.Contains(radius.GetProperty("selectedNoRead").EnumerateArray(), a => a.GetProperty("service").GetString() == "order-processing");
    }

    [Theory]
    [InlineData("""{"store":"contoso-shared-config","key":"a%b","value":"1"}""", "key")]
    [InlineData("""{"store":"contoso-shared-config","key":"tax.rate.default","label":"prod*","value":"1"}""", "label")]
    [InlineData("""{"store":"contoso-shared-config","key":"tax.rate.default"}""", "value")]
    [InlineData("""{"key":"tax.rate.default","value":"1"}""", "store")]
    [InlineData("""{"store":"no-such-store","key":"tax.rate.default","value":"1"}""", "store")]
    public async Task BadInput_Is400NamingTheField(string body, string field)
    {
        using var client = await SignedInAsync("viewer");

        var response = await client.PostAsync("api/blast-radius", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(field, problem.GetProperty("field").GetString());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task ValueOverTenKilobytes_Is400()
    {
        using var client = await SignedInAsync("viewer");

        var response = await client.PostAsJsonAsync("api/blast-radius",
            new { store = "contoso-shared-config", key = "Invoice:Layout", value = new string('x', 11_000) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("10 KB", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Anonymous_Is401()
    {
        using var client = fixture.Host.CreateClient();

        var response = await client.PostAsJsonAsync("api/blast-radius", new { store = "s", key = "k", value = "v" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private async Task<HttpClient> SignedInAsync(string user)
    {
        var client = fixture.Host.CreateClient();
        await SignInForm.SignInAsync(client, user, DemoAccounts.Password);
        return client;
    }
}
