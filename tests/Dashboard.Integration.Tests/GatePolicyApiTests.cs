using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Infrastructure.DemoWorld;
using Dashboard.TestHost;

namespace Dashboard.Integration.Tests;

/// <summary>The production gate through the real host: anyone signed in reads it, only an Admin changes it, bad values are 400s naming the field.</summary>
public class GatePolicyApiTests(SeededDashboardFixture fixture) : IClassFixture<SeededDashboardFixture>
{
    private static readonly object Rule = new { stagingEvidence = true, mitigation = true, approvals = 1, ownerTeams = true };

    private async Task<HttpClient> SignedInAsync(string userName)
    {
        var client = fixture.Host.CreateClient();
        await SignInForm.SignInAsync(client, userName, DemoAccounts.Password);
        return client;
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) => await response.Content.ReadFromJsonAsync<JsonElement>();

    [Fact]
    public async Task Put_ByAnAdmin_IsStoredReadBackAndAudited()
    {
        using var viewer = await SignedInAsync("viewer");
        using var admin = await SignedInAsync("admin");
        var before = await JsonAsync(await viewer.GetAsync("api/gate-policy/production"));

        var put = await admin.PutAsJsonAsync("api/gate-policy/production",
            new { low = Rule, medium = Rule, high = Rule, critical = new { stagingEvidence = true, mitigation = true, approvals = 2, ownerTeams = false } });
        var after = await JsonAsync(await viewer.GetAsync("api/gate-policy/production"));

        Assert.True(before.GetProperty("isDefault").GetBoolean());
        Assert.False(before.GetProperty("medium").GetProperty("stagingEvidence").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.False(after.GetProperty("isDefault").GetBoolean());
        Assert.Equal("Alex Admin", after.GetProperty("changedBy").GetString());
        Assert.Equal(2, after.GetProperty("critical").GetProperty("approvals").GetInt32());
        Assert.True(before.GetProperty("critical").GetProperty("ownerTeams").GetBoolean());
        Assert.False(after.GetProperty("critical").GetProperty("ownerTeams").GetBoolean());
        Assert.True(after.GetProperty("medium").GetProperty("ownerTeams").GetBoolean());
        Assert.True(after.GetProperty("medium").GetProperty("stagingEvidence").GetBoolean());
        var audit = await JsonAsync(await admin.GetAsync("api/audit/verify"));
        Assert.True(audit.GetProperty("isIntact").GetBoolean());
    }

    [Theory]
    [InlineData(0, "high.approvals")]
    [InlineData(9, "high.approvals")]
    [InlineData(null, "high.approvals")]
    public async Task Put_BadApprovals_Is400NamingTheField(int? approvals, string field)
    {
        using var admin = await SignedInAsync("admin");

        var response = await admin.PutAsJsonAsync("api/gate-policy/production",
            new { low = Rule, medium = Rule, high = new { stagingEvidence = true, mitigation = true, approvals, ownerTeams = true }, critical = Rule });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await JsonAsync(response);
        Assert.Equal(field, problem.GetProperty("field").GetString());
        Assert.Contains("from 1 to 5", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Put_WithoutOwnerTeams_Is400NamingTheField()
    {
        using var admin = await SignedInAsync("admin");

        var response = await admin.PutAsJsonAsync("api/gate-policy/production",
            new { low = Rule, medium = Rule, high = new { stagingEvidence = true, mitigation = true, approvals = 1 }, critical = Rule });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("high.ownerTeams", (await JsonAsync(response)).GetProperty("field").GetString());
    }

    [Fact]
    public async Task Put_MissingLevel_Is400NamingTheLevel()
    {
        using var admin = await SignedInAsync("admin");

        var response = await admin.PutAsJsonAsync("api/gate-policy/production", new { low = Rule, medium = Rule, high = Rule });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("critical", (await JsonAsync(response)).GetProperty("field").GetString());
    }

    [Fact]
    public async Task Put_ByAnApprover_IsForbidden()
    {
        using var approver = await SignedInAsync("approver");

        var response = await approver.PutAsJsonAsync("api/gate-policy/production", new { low = Rule, medium = Rule, high = Rule, critical = Rule });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Theory]
    [InlineData("staging", "Only production has a gate policy")]
    [InlineData("qa", "There is no environment 'qa'")]
    public async Task Get_AnEnvironmentWithoutAGate_Is404SayingWhy(string environment, string detail)
    {
        using var viewer = await SignedInAsync("viewer");

        var response = await viewer.GetAsync($"api/gate-policy/{environment}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.StartsWith(detail, (await JsonAsync(response)).GetProperty("detail").GetString());
    }
}
