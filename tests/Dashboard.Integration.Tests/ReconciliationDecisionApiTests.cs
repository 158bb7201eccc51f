using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Infrastructure.DemoWorld;
using Dashboard.TestHost;

namespace Dashboard.Integration.Tests;

/// <summary>The decision table and the pure classify through the real host, as a script would call them.</summary>
public class ReconciliationDecisionApiTests(ReconciliationDecisionApiTests.Host fixture) : IClassFixture<ReconciliationDecisionApiTests.Host>
{
    public sealed class Host : IAsyncLifetime
    {
        public DashboardTestHost Dashboard { get; private set; } = null!;

        public async Task InitializeAsync() => Dashboard = await DashboardTestHost.StartAsync();

        public async Task DisposeAsync() => await Dashboard.DisposeAsync();
    }

    private static readonly string Later = DateTimeOffset.UtcNow.AddDays(5).ToString("O");
    private static readonly string Earlier = DateTimeOffset.UtcNow.AddDays(-1).ToString("O");
    private static readonly string RecentAttempt = DateTimeOffset.UtcNow.AddMinutes(-5).ToString("O");

    private static object Gateway(string status, long captured = 0, long refunded = 0, int captures = 0, bool disputed = false,
        string currency = "eur", long amount = 2500, string? expires = null) =>
        new { status, amount, amountCaptured = captured, amountRefunded = refunded, captures, disputed, currency, authorizationExpiresAt = expires ?? Later };

    private static object Ledger(string state, string orderState = "awaiting_payment", bool confirmed = false, bool hasGatewayReference = true, string? attemptedAt = null) =>
        new { state, orderState, amount = 2500, currency = "eur", confirmed, hasGatewayReference, attemptedAt };

    /// <summary>Facts that reach each row of the table; a row added without a case here fails <see cref="Classify_EveryRowsFacts_ReachThatRow"/>.</summary>
    private static readonly Dictionary<string, object> RowCases = new()
    {
        ["missing-reference"] = new { gateway = new { status = "not_found" }, ledger = Ledger("pending", hasGatewayReference: false) },
        ["unknown-to-gateway"] = new { gateway = new { status = "not_found" }, ledger = Ledger("authorized") },
        ["disputed"] = new { gateway = Gateway("succeeded", captured: 2500, captures: 1, disputed: true), ledger = Ledger("captured") },
        ["amount-mismatch"] = new { gateway = Gateway("requires_capture", amount: 2400), ledger = Ledger("authorized") },
        ["partial-capture"] = new { gateway = Gateway("succeeded", captured: 1000, captures: 1), ledger = Ledger("captured") },
        ["refund-recorded"] = new { gateway = Gateway("succeeded", captured: 2500, refunded: 2500, captures: 1), ledger = Ledger("refunded", "confirmed") },
        ["refund-unreconciled"] = new { gateway = Gateway("succeeded", captured: 2500, refunded: 500, captures: 1), ledger = Ledger("captured", "confirmed", true) },
        ["capture-and-confirm"] = new { gateway = Gateway("requires_capture"), ledger = Ledger("authorized") },
        ["capture-confirmed-order"] = new { gateway = Gateway("requires_capture"), ledger = Ledger("authorized", "confirmed") },
        ["cancel-unwanted-authorization"] = new { gateway = Gateway("requires_capture"), ledger = Ledger("authorized", "cancelled") },
        ["authorization-expired"] = new { gateway = Gateway("requires_capture", expires: Earlier), ledger = Ledger("authorized") },
        ["authorization-expiry-unknown"] = new { gateway = new { status = "requires_capture", amount = 2500, currency = "eur" }, ledger = Ledger("authorized") },
        ["canceled-at-gateway"] = new { gateway = Gateway("canceled"), ledger = Ledger("authorized") },
        ["canceled-recorded"] = new { gateway = Gateway("canceled"), ledger = Ledger("failed", "cancelled") },
        ["confirm-captured"] = new { gateway = Gateway("succeeded", captured: 2500, captures: 1), ledger = Ledger("pending") },
        ["refund-extra-capture"] = new { gateway = Gateway("succeeded", captured: 2500, captures: 2), ledger = Ledger("pending", "confirmed") },
        ["refund-duplicate-order"] = new { gateway = Gateway("succeeded", captured: 2500, captures: 1), ledger = Ledger("captured", "duplicate") },
        ["captured-recorded"] = new { gateway = Gateway("succeeded", captured: 2500, captures: 1), ledger = Ledger("captured", "confirmed", true) },
        ["processing-within-sla"] = new { gateway = Gateway("processing"), ledger = Ledger("pending", attemptedAt: RecentAttempt) },
        ["processing-beyond-sla"] = new { gateway = Gateway("processing"), ledger = Ledger("pending", attemptedAt: Earlier) },
        ["declined-marked-paid"] = new { gateway = Gateway("requires_payment_method"), ledger = Ledger("captured", "confirmed", true) },
        ["declined-order-confirmed"] = new { gateway = Gateway("requires_payment_method"), ledger = Ledger("pending", "confirmed") },
        ["declined-recorded"] = new { gateway = Gateway("requires_payment_method"), ledger = Ledger("failed") },
    };

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

    [Fact]
    public async Task DecisionTable_Get_ListsEveryRowWithConditionsActionsAndRule()
    {
        using var client = await SignedInAsync("approver");

        var rows = await JsonAsync(await client.GetAsync("api/reconciliation/decision-table"), HttpStatusCode.OK);

        var capture = rows.EnumerateArray().Single(r => r.GetProperty("id").GetString() == "capture-and-confirm");
        Assert.Contains("requires_capture", capture.GetProperty("gateway").GetString());
        Assert.Contains("awaiting_payment", capture.GetProperty("ledger").GetString());
        Assert.Equal("capture, confirm_ledger", capture.GetProperty("action").GetString());
        Assert.Equal(["capture", "confirm_ledger"], capture.GetProperty("actions").EnumerateArray().Select(a => a.GetString()));
        Assert.Contains("capture it", capture.GetProperty("rule").GetString());
        Assert.Equal("nothing", rows.EnumerateArray().Single(r => r.GetProperty("id").GetString() == "captured-recorded").GetProperty("action").GetString());
    }

    [Fact]
    public async Task Classify_EveryRowsFacts_ReachThatRow()
    {
        using var client = await SignedInAsync("recon");
        var rows = (await JsonAsync(await client.GetAsync("api/reconciliation/decision-table"), HttpStatusCode.OK)).EnumerateArray().ToList();
        var ids = rows.Select(r => r.GetProperty("id").GetString()!).ToList();
        Assert.Equal(ids.Order(StringComparer.Ordinal), RowCases.Keys.Order(StringComparer.Ordinal));

        var answers = await JsonAsync(await client.PostAsJsonAsync("api/reconciliation/classify", ids.Select(id => RowCases[id]).ToList()), HttpStatusCode.OK);

        Assert.Equal(rows.Count, answers.GetArrayLength());
        for (var i = 0; i < rows.Count; i++)
        {
            var answer = answers[i];
            Assert.Equal(ids[i], answer.GetProperty("row").GetString());
            Assert.Equal(rows[i].GetProperty("actions").EnumerateArray().Select(a => a.GetString()), answer.GetProperty("actions").EnumerateArray().Select(a => a.GetString()));
            Assert.Equal(rows[i].GetProperty("rule").GetString(), answer.GetProperty("rule").GetString());
        }
    }

    [Fact]
    public async Task Classify_UnknownCombination_EscalatesAndSaysNoRuleCoversIt()
    {
        using var client = await SignedInAsync("recon");

        var answers = await JsonAsync(await client.PostAsJsonAsync("api/reconciliation/classify",
            new[] { new { gateway = Gateway("requires_action"), ledger = Ledger("pending") } }), HttpStatusCode.OK);

        Assert.Equal(["escalate"], answers[0].GetProperty("actions").EnumerateArray().Select(a => a.GetString()));
        Assert.Equal("unknown-combination", answers[0].GetProperty("row").GetString());
        Assert.Contains("never guesses", answers[0].GetProperty("rule").GetString());
    }

    [Theory]
    [InlineData("gateway", "status", "RequiresCapture", "[1].gateway.status", "requires_capture, canceled, succeeded, not_found")]
    [InlineData("ledger", "state", "paid", "[1].ledger.state", "pending, authorized, captured, failed, refunded")]
    [InlineData("ledger", "orderState", "shipped", "[1].ledger.orderState", "awaiting_payment, confirmed, cancelled, duplicate")]
    [InlineData("ledger", "currency", "euro", "[1].ledger.currency", "three-letter")]
    public async Task Classify_ValueOutsideTheVocabulary_Is400NamingTheItemsFieldAndTheAcceptedValues(string side, string property, string value, string field, string accepted)
    {
        using var client = await SignedInAsync("recon");
        var gateway = new Dictionary<string, object> { ["status"] = "requires_capture", ["amount"] = 2500, ["currency"] = "eur" };
        var ledger = new Dictionary<string, object> { ["state"] = "authorized", ["orderState"] = "awaiting_payment", ["amount"] = 2500, ["currency"] = "eur" };
        (side == "gateway" ? gateway : ledger)[property] = value;
        var good = new { gateway = Gateway("requires_capture"), ledger = Ledger("authorized") };

        var problem = await JsonAsync(await client.PostAsJsonAsync("api/reconciliation/classify", new object[] { good, new { gateway, ledger } }), HttpStatusCode.BadRequest);

        Assert.Equal(field, problem.GetProperty("field").GetString());
        Assert.Contains($"'{value}'", problem.GetProperty("detail").GetString());
        Assert.Contains(accepted, problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Classify_MissingLedger_Is400NamingIt()
    {
        using var client = await SignedInAsync("recon");

        var problem = await JsonAsync(await client.PostAsJsonAsync("api/reconciliation/classify", new[] { new { gateway = Gateway("succeeded") } }), HttpStatusCode.BadRequest);

        Assert.Equal("[0].ledger", problem.GetProperty("field").GetString());
    }

    [Fact]
    public async Task Classify_MoreItemsThanTheLimit_Is400SayingToBatch()
    {
        using var client = await SignedInAsync("recon");
        var item = new { gateway = new { status = "processing" }, ledger = new { state = "pending", orderState = "awaiting_payment" } };

        var problem = await JsonAsync(await client.PostAsJsonAsync("api/reconciliation/classify", Enumerable.Repeat(item, 1001).ToList()), HttpStatusCode.BadRequest);

        Assert.Equal("body", problem.GetProperty("field").GetString());
        Assert.Contains("at most 1000", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Classify_BodyLargerThanTheApiLimit_IsRefusedBeforeParsing()
    {
        using var client = await SignedInAsync("recon");
        var padding = new string('x', 2 * 1024 * 1024);

        var response = await client.PostAsync("api/reconciliation/classify", new StringContent($"[{{\"gateway\":{{\"status\":\"{padding}\"}}}}]", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Classify_SignedOut_IsRefused()
    {
        using var client = fixture.Dashboard.CreateClient();

        var response = await client.PostAsJsonAsync("api/reconciliation/classify", new[] { new { gateway = Gateway("succeeded"), ledger = Ledger("captured") } });

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }
}
