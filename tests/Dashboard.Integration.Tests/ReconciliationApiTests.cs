using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Infrastructure.DemoWorld;
using Dashboard.TestHost;

namespace Dashboard.Integration.Tests;

/// <summary>
/// A reconciliation run through the real host: its demo ledger and the Stripe sandbox on loopback, the background executor,
/// an operator who prepares and executes, an approver who approves.
/// </summary>
public class ReconciliationApiTests(ReconciliationApiTests.Host fixture) : IClassFixture<ReconciliationApiTests.Host>
{
    public sealed class Host : IAsyncLifetime
    {
        public DashboardTestHost Dashboard { get; private set; } = null!;

        // A faster gateway than the default keeps the test short; the client limit stays below the sandbox's.
        public async Task InitializeAsync() => Dashboard = await DashboardTestHost.StartAsync(new Dictionary<string, string>
        {
            ["PaymentGateway:SandboxRequestsPerSecond"] = "400",
            ["PaymentGateway:RequestsPerSecond"] = "300",
        });

        public async Task DisposeAsync() => await Dashboard.DisposeAsync();
    }

    private async Task<HttpClient> SignedInAsync(string userName)
    {
        var client = fixture.Dashboard.CreateClient();
        await SignInForm.SignInAsync(client, userName, DemoAccounts.Password);
        return client;
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {body}");
        return body;
    }

    private static async Task<JsonElement> WaitForStateAsync(HttpClient client, string id, string state)
    {
        var deadline = DateTimeOffset.UtcNow.AddMinutes(5);
        while (true)
        {
            var run = await JsonAsync(await client.GetAsync($"api/reconciliation/runs/{id}"), HttpStatusCode.OK);
            if (run.GetProperty("state").GetString() == state || DateTimeOffset.UtcNow > deadline) return run;
            await Task.Delay(250);
        }
    }

    [Fact]
    public async Task Run_OperatorPreparesApproverApproves_ExecutesEveryTransactionAndReportsIt()
    {
        using var operatorClient = await SignedInAsync("recon");
        using var approverClient = await SignedInAsync("approver");

        var created = await JsonAsync(await operatorClient.PostAsJsonAsync("api/reconciliation/runs", new { states = new[] { "authorized" }, olderThanMinutes = 15, currency = "usd" }),
            HttpStatusCode.Created);
        var id = created.GetProperty("id").GetString()!;
        var classified = await WaitForStateAsync(operatorClient, id, "Classified");
        Assert.Equal("Classified", classified.GetProperty("state").GetString());
        var hash = classified.GetProperty("planHash").GetString();
        Assert.True(classified.GetProperty("requiresApproval").GetBoolean());
        Assert.Contains("other than Rita Reconciliation", classified.GetProperty("approvalRule").GetString());

        var selfApproval = await JsonAsync(await operatorClient.PostAsJsonAsync($"api/reconciliation/runs/{id}/approve", new { planHash = hash }), HttpStatusCode.Conflict);
        var unapproved = await JsonAsync(await operatorClient.PostAsJsonAsync($"api/reconciliation/runs/{id}/execute", new { planHash = hash }), HttpStatusCode.Conflict);
        await JsonAsync(await approverClient.PostAsJsonAsync($"api/reconciliation/runs/{id}/approve", new { planHash = hash }), HttpStatusCode.OK);
        await JsonAsync(await operatorClient.PostAsJsonAsync($"api/reconciliation/runs/{id}/execute", new { planHash = hash }), HttpStatusCode.OK);
        var completed = await WaitForStateAsync(operatorClient, id, "Completed");
        var progress = await JsonAsync(await operatorClient.GetAsync($"api/reconciliation/runs/{id}/progress"), HttpStatusCode.OK);
        var report = await operatorClient.GetAsync($"api/reconciliation/runs/{id}/report.csv");

        Assert.Contains("cannot approve", selfApproval.GetProperty("detail").GetString());
        Assert.Contains("second person", unapproved.GetProperty("detail").GetString());
        Assert.Equal("Completed", completed.GetProperty("state").GetString());
        Assert.Equal(0, completed.GetProperty("progress").GetProperty("remaining").GetInt32());
        Assert.Equal("Completed", progress.GetProperty("state").GetString());
        Assert.Equal(completed.GetProperty("progress").GetRawText(), progress.GetProperty("progress").GetRawText());
        Assert.Equal(JsonValueKind.Null, progress.GetProperty("perSecond").ValueKind);
        Assert.Equal("text/csv", report.Content.Headers.ContentType?.MediaType);
        var lines = (await report.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(completed.GetProperty("items").GetArrayLength() + 1, lines.Length);
        Assert.StartsWith("position,transaction_id", lines[0]);
    }

    [Fact]
    public async Task Progress_UnknownRun_Is404SayingWhereToPickOne()
    {
        using var operatorClient = await SignedInAsync("recon");

        var problem = await JsonAsync(await operatorClient.GetAsync($"api/reconciliation/runs/{Guid.NewGuid()}/progress"), HttpStatusCode.NotFound);

        Assert.Contains("pick one from the list of runs", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Create_BadCurrency_Is400NamingTheField()
    {
        using var operatorClient = await SignedInAsync("recon");

        var problem = await JsonAsync(await operatorClient.PostAsJsonAsync("api/reconciliation/runs", new { currency = "euro" }), HttpStatusCode.BadRequest);

        Assert.Equal("currency", problem.GetProperty("field").GetString());
        Assert.Contains("three-letter", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Create_CriteriaMatchingNothing_Is400SayingToWiden()
    {
        using var operatorClient = await SignedInAsync("recon");

        var problem = await JsonAsync(await operatorClient.PostAsJsonAsync("api/reconciliation/runs", new { minAmount = 999_999_999_999L }), HttpStatusCode.BadRequest);

        Assert.Equal("criteria", problem.GetProperty("field").GetString());
        Assert.Contains("widen the criteria", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Create_ByAnApprover_IsForbidden()
    {
        using var approverClient = await SignedInAsync("approver");

        var response = await approverClient.PostAsJsonAsync("api/reconciliation/runs", new { states = new[] { "authorized" } });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Items_OperatorExcludesAndOverrides_ThePlanFollowsAndRefusalsNameTheFix()
    {
        using var operatorClient = await SignedInAsync("recon");
        using var approverClient = await SignedInAsync("approver");
        var created = await JsonAsync(await operatorClient.PostAsJsonAsync("api/reconciliation/runs", new { states = new[] { "authorized" }, olderThanMinutes = 15, currency = "eur" }),
            HttpStatusCode.Created);
        var id = created.GetProperty("id").GetString()!;
        var classified = await WaitForStateAsync(operatorClient, id, "Classified");
        var capturing = classified.GetProperty("items").EnumerateArray()
            .Where(i => i.GetProperty("actions").EnumerateArray().Any(a => a.GetString() == "capture"))
            .Select(i => i.GetProperty("transactionId").GetString()!).Take(2).ToList();
        var hash = classified.GetProperty("planHash").GetString();
        string Url(string transactionId, string edit) => $"api/reconciliation/runs/{id}/items/{transactionId}/{edit}";
        JsonElement Item(JsonElement run, string transactionId) => run.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("transactionId").GetString() == transactionId);

        var excluded = await JsonAsync(await operatorClient.PostAsJsonAsync(Url(capturing[0], "exclude"), new { planHash = hash, reason = "paid by bank transfer" }), HttpStatusCode.OK);
        var afterExclude = excluded.GetProperty("planHash").GetString();
        var noReason = await JsonAsync(await operatorClient.PostAsJsonAsync(Url(capturing[1], "override"), new { planHash = afterExclude, actions = new[] { "cancel" } }), HttpStatusCode.BadRequest);
        var badAction = await JsonAsync(await operatorClient.PostAsJsonAsync(Url(capturing[1], "override"), new { planHash = afterExclude, actions = new[] { "void" }, reason = "x" }), HttpStatusCode.BadRequest);
        var stale = await JsonAsync(await operatorClient.PostAsJsonAsync(Url(capturing[1], "override"), new { planHash = hash, actions = new[] { "cancel" }, reason = "customer cancelled" }), HttpStatusCode.Conflict);
        var byApprover = await approverClient.PostAsJsonAsync(Url(capturing[1], "exclude"), new { planHash = afterExclude });
        var overridden = await JsonAsync(await operatorClient.PostAsJsonAsync(Url(capturing[1], "override"), new { planHash = afterExclude, actions = new[] { "cancel" }, reason = "customer cancelled by phone" }), HttpStatusCode.OK);
        var included = await JsonAsync(await operatorClient.PostAsJsonAsync(Url(capturing[0], "include"), new { planHash = overridden.GetProperty("planHash").GetString() }), HttpStatusCode.OK);

        Assert.NotEqual(hash, afterExclude);
        Assert.True(Item(excluded, capturing[0]).GetProperty("excluded").GetBoolean());
        Assert.Equal("paid by bank transfer", Item(excluded, capturing[0]).GetProperty("exclusionReason").GetString());
        Assert.Equal(0, Item(excluded, capturing[0]).GetProperty("actions").GetArrayLength());
        Assert.Equal("reason", noReason.GetProperty("field").GetString());
        Assert.Equal("actions", badAction.GetProperty("field").GetString());
        Assert.Contains("confirm_ledger", badAction.GetProperty("detail").GetString());
        Assert.Contains("reload the run", stale.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, byApprover.StatusCode);
        var edited = Item(overridden, capturing[1]);
        Assert.Equal(["cancel"], edited.GetProperty("actions").EnumerateArray().Select(a => a.GetString()));
        Assert.Contains("capture", edited.GetProperty("proposedActions").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("customer cancelled by phone", edited.GetProperty("overrideReason").GetString());
        Assert.Equal("Rita Reconciliation", edited.GetProperty("overriddenBy").GetString());
        Assert.False(Item(included, capturing[0]).GetProperty("excluded").GetBoolean());
        Assert.Equal(JsonValueKind.Null, included.GetProperty("pauseReason").ValueKind);
    }
}
