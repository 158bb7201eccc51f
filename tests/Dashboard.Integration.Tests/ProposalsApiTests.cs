using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Infrastructure.ConfigStores;
using Dashboard.Infrastructure.DemoWorld;
using Microsoft.Extensions.DependencyInjection;
using Dashboard.TestHost;

namespace Dashboard.Integration.Tests;

/// <summary>The change pipeline through the real host, with two people: an engineer proposes and ships, an approver approves.</summary>
public class ProposalsApiTests(SeededDashboardFixture fixture) : IClassFixture<SeededDashboardFixture>
{
    private const string Store = "contoso-shared-config";
    private const string Key = DemoConfiguration.StoryKey;

    private async Task<HttpClient> SignedInAsync(string userName)
    {
        var client = fixture.Host.CreateClient();
        await SignInForm.SignInAsync(client, userName, DemoAccounts.Password);
        return client;
    }

    private static readonly object Checklist = new { checklist = new[] { new { description = "invoice totals unchanged on staging", confirmed = true } } };

    private static object Proposal(string value) => new { store = Store, key = Key, value, reason = "2027 tax rules" };

    private static async Task<JsonElement> OkJsonAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return body;
    }

    private async Task<string?> ProductionValueAsync()
    {
        var store = fixture.Host.App.Services.GetRequiredService<LocalConfigStoreRegistry>().Get(Store);
        return (await store.GetSettingAsync(Key, "production")).Setting?.Value;
    }

    [Fact]
    public async Task Pipeline_EngineerProposesApproverApproves_ProductionChangesAndRollbackRestoresIt()
    {
        using var engineer = await SignedInAsync("engineer");
        using var approver = await SignedInAsync("approver");

        var created = await engineer.PostAsJsonAsync("api/proposals", Proposal("0.0825"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var proposal = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = proposal.GetProperty("id").GetString();
        // The radius is computed by the server for production when the proposal is made, and kept with it.
        Assert.Equal("critical", proposal.GetProperty("riskLevel").GetString());
        Assert.Contains(proposal.GetProperty("blastRadius").GetProperty("affected").EnumerateArray(),
            a => a.GetProperty("service").GetString() == "billing-api" && a.GetProperty("reloads").GetBoolean());
        await OkJsonAsync(await engineer.PostAsJsonAsync($"api/proposals/{id}/staging-apply", new { }));
        var tooEarly = await engineer.PostAsJsonAsync($"api/proposals/{id}/staging-verify", Checklist);
        fixture.Clock.Advance(TimeSpan.FromMinutes(5));
        await OkJsonAsync(await engineer.PostAsJsonAsync($"api/proposals/{id}/staging-verify", Checklist));
        var ownApproval = await engineer.PostAsJsonAsync($"api/proposals/{id}/approve", new { mitigation = "roll back" });
        var withoutMitigation = await approver.PostAsJsonAsync($"api/proposals/{id}/approve", new { });
        await OkJsonAsync(await approver.PostAsJsonAsync($"api/proposals/{id}/approve",
            new { mitigation = "Watch billing-api 5xx for 10 minutes; roll back on any rise." }));
        var applied = await OkJsonAsync(await engineer.PostAsJsonAsync($"api/proposals/{id}/production-apply", new { }));
        var productionAfterApply = await ProductionValueAsync();
        var rolledBack = await OkJsonAsync(await engineer.PostAsJsonAsync($"api/proposals/{id}/rollback", new { }));

        Assert.Equal(HttpStatusCode.Conflict, tooEarly.StatusCode);
        Assert.Contains("invoice-renderer refreshes every 300 s", (await tooEarly.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Conflict, withoutMitigation.StatusCode);
        Assert.Contains("mitigation for this critical change is empty", (await withoutMitigation.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Conflict, ownApproval.StatusCode);
        Assert.Contains("cannot approve", (await ownApproval.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal("AppliedToProduction", applied.GetProperty("state").GetString());
        Assert.Equal("0.0825", productionAfterApply);
        Assert.Equal("RolledBack", rolledBack.GetProperty("state").GetString());
        Assert.Equal("Rolled back", rolledBack.GetProperty("stateName").GetString());
        Assert.Equal("0.08", await ProductionValueAsync());
        var audit = await OkJsonAsync(await (await SignedInAsync("admin")).GetAsync("api/audit/verify"));
        Assert.True(audit.GetProperty("isIntact").GetBoolean());
    }

    [Fact]
    public async Task Get_CriticalChangeApprovedForOneOwningTeam_ListsRequiredSatisfiedAndMissingTeams_AndApplyNamesWhoCanApprove()
    {
        using var engineer = await SignedInAsync("engineer");
        using var pat = await SignedInAsync("approver-payments");
        var id = (await OkJsonAsync(await engineer.PostAsJsonAsync("api/proposals", Proposal("0.0826")))).GetProperty("id").GetString();
        await OkJsonAsync(await engineer.PostAsJsonAsync($"api/proposals/{id}/staging-apply", new { }));
        fixture.Clock.Advance(TimeSpan.FromMinutes(5));
        await OkJsonAsync(await engineer.PostAsJsonAsync($"api/proposals/{id}/staging-verify", Checklist));
        await OkJsonAsync(await pat.PostAsJsonAsync($"api/proposals/{id}/approve", new { mitigation = "Watch billing-api 5xx; roll back on any rise." }));

        var proposal = await OkJsonAsync(await engineer.GetAsync($"api/proposals/{id}"));
        var apply = await engineer.PostAsJsonAsync($"api/proposals/{id}/production-apply", new { });
        await OkJsonAsync(await engineer.PostAsJsonAsync($"api/proposals/{id}/abandon", new { reason = "test done" }));

        var teams = proposal.GetProperty("teams");
        Assert.True(proposal.GetProperty("gate").GetProperty("ownerTeams").GetBoolean());
        Assert.Equal(["documents", "payments"], teams.GetProperty("required").EnumerateArray().Select(t => t.GetProperty("team").GetString()).Order());
        var satisfied = Assert.Single(teams.GetProperty("satisfied").EnumerateArray());
        Assert.Equal("payments", satisfied.GetProperty("team").GetString());
        Assert.Equal("Pat Payments", Assert.Single(satisfied.GetProperty("approverNames").EnumerateArray()).GetString());
        var missing = Assert.Single(teams.GetProperty("missing").EnumerateArray());
        Assert.Equal("documents", missing.GetProperty("team").GetString());
        Assert.Equal("invoice-renderer", Assert.Single(missing.GetProperty("services").EnumerateArray()).GetString());
        Assert.Equal("payments", Assert.Single(proposal.GetProperty("approvals")[0].GetProperty("approverTeams").EnumerateArray()).GetString());
        Assert.Equal(HttpStatusCode.Conflict, apply.StatusCode);
        Assert.Contains("Ada Approver or Dora Documents can approve for documents", (await apply.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Approve_ADraft_Is409WithTheDomainsMessageAndTheProposalUnchanged()
    {
        using var engineer = await SignedInAsync("engineer");
        using var approver = await SignedInAsync("approver");
        var created = await OkJsonAsync(await engineer.PostAsJsonAsync("api/proposals", Proposal("0.0901")));
        var id = created.GetProperty("id").GetString();

        var response = await approver.PostAsJsonAsync($"api/proposals/{id}/approve", new { });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("Cannot approve a proposal that is a draft", problem.GetProperty("detail").GetString());
        var stored = await OkJsonAsync(await approver.GetAsync($"api/proposals/{id}"));
        Assert.Equal("Draft", stored.GetProperty("state").GetString());
        Assert.Equal("Draft, not applied yet", stored.GetProperty("stateName").GetString());
    }

    [Fact]
    public async Task Approve_AsViewer_Is403()
    {
        using var viewer = await SignedInAsync("viewer");

        var response = await viewer.PostAsJsonAsync($"api/proposals/{Guid.NewGuid()}/approve", new { });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Create_AsViewer_Is403()
    {
        using var viewer = await SignedInAsync("viewer");

        var response = await viewer.PostAsJsonAsync("api/proposals", Proposal("0.07"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task ListAndGet_AsViewer_ShowTheProposalWithItsEvents()
    {
        using var engineer = await SignedInAsync("engineer");
        using var viewer = await SignedInAsync("viewer");
        var created = await OkJsonAsync(await engineer.PostAsJsonAsync("api/proposals", Proposal("0.0777")));
        var id = created.GetProperty("id").GetString();

        var list = await OkJsonAsync(await viewer.GetAsync($"api/proposals?state=Draft&key={Key}"));
        var one = await OkJsonAsync(await viewer.GetAsync($"api/proposals/{id}"));

        Assert.Contains(id, list.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetString()));
        Assert.Equal("Propose", one.GetProperty("events")[0].GetProperty("action").GetString());
        Assert.Equal("0.0777", one.GetProperty("proposedValue").GetString());
    }

    [Theory]
    [InlineData("""{"store":"contoso-shared-config","key":"no.such.key","delete":true,"reason":"cleanup"}""", "key")]
    [InlineData("""{"store":"contoso-shared-config","key":"bad%key","value":"1","reason":"typo"}""", "key")]
    [InlineData("""{"store":"no-such-store","key":"tax.rate.default","value":"1","reason":"typo"}""", "store")]
    [InlineData("""{"store":"contoso-shared-config","key":"tax.rate.default","reason":"no value"}""", "value")]
    [InlineData("""{"store":"contoso-shared-config","key":"tax.rate.default","value":"0.06"}""", "reason")]
    [InlineData("""{"store":"contoso-shared-config","key":"tax.rate.default","value":"eight percent","reason":"typo"}""", "value")]
    public async Task Create_BadInput_Is400NamingTheField(string body, string field)
    {
        using var engineer = await SignedInAsync("engineer");

        var response = await engineer.PostAsync("api/proposals", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(field, problem.GetProperty("field").GetString());
        Assert.Contains(field, problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Create_ValueOver10KB_Is400NamingTheValue()
    {
        using var engineer = await SignedInAsync("engineer");

        var response = await engineer.PostAsJsonAsync("api/proposals", Proposal(new string('9', 10 * 1024 + 1)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("value", problem.GetProperty("field").GetString());
        Assert.Contains("10 KB", problem.GetProperty("detail").GetString());
    }
}
