using System.Net;
using Microsoft.Extensions.Time.Testing;

namespace Dashboard.PaymentSandbox.Tests;

public class PaymentIntentTests
{
    [Fact]
    public async Task Create_ManualCaptureConfirmed_IsAuthorisedWithStripesShape()
    {
        await using var host = await SandboxHost.StartAsync();

        var (response, json) = await host.PostAsync("v1/payment_intents?", [("amount", "2500"), ("currency", "EUR"), ("capture_method", "manual"), ("confirm", "true"), ("metadata[order_id]", "o-1")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("pi_", json.GetProperty("id").GetString());
        Assert.Equal("payment_intent", json.GetProperty("object").GetString());
        Assert.Equal("requires_capture", json.GetProperty("status").GetString());
        Assert.Equal(2500, json.GetProperty("amount_capturable").GetInt64());
        Assert.Equal("eur", json.GetProperty("currency").GetString());
        Assert.Equal("o-1", json.GetProperty("metadata").GetProperty("order_id").GetString());
        Assert.StartsWith("ch_", json.GetProperty("latest_charge").GetString());
    }

    [Fact]
    public async Task Retrieve_ExpandLatestCharge_GivesCaptureBeforeAndDispute()
    {
        await using var host = await SandboxHost.StartAsync();
        var id = await host.AuthorizeAsync();

        var (_, json) = await host.GetAsync($"v1/payment_intents/{id}?expand[]=latest_charge");

        var charge = json.GetProperty("latest_charge");
        Assert.Equal("charge", charge.GetProperty("object").GetString());
        Assert.False(charge.GetProperty("disputed").GetBoolean());
        Assert.True(charge.GetProperty("payment_method_details").GetProperty("card").GetProperty("capture_before").GetInt64() > DateTimeOffset.UtcNow.AddDays(6).ToUnixTimeSeconds());
    }

    [Fact]
    public async Task Retrieve_UnknownId_Is404ResourceMissing()
    {
        await using var host = await SandboxHost.StartAsync();

        var (response, json) = await host.GetAsync("v1/payment_intents/pi_nope");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("invalid_request_error", json.GetProperty("error").GetProperty("type").GetString());
        Assert.Equal("resource_missing", json.GetProperty("error").GetProperty("code").GetString());
        Assert.Contains("pi_nope", json.GetProperty("error").GetProperty("message").GetString());
    }

    [Fact]
    public async Task Capture_Authorised_SucceedsAndASecondCaptureIsRefusedByState()
    {
        await using var host = await SandboxHost.StartAsync();
        var id = await host.AuthorizeAsync();

        var (first, captured) = await host.PostAsync($"v1/payment_intents/{id}/capture", []);
        var (second, refused) = await host.PostAsync($"v1/payment_intents/{id}/capture", []);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("succeeded", captured.GetProperty("status").GetString());
        Assert.Equal(2500, captured.GetProperty("amount_received").GetInt64());
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.Equal("payment_intent_unexpected_state", refused.GetProperty("error").GetProperty("code").GetString());
        Assert.Equal(1, (await host.StatsAsync()).GetProperty("captures").GetInt32());
    }

    [Fact]
    public async Task Cancel_Authorised_IsCanceledAndCannotBeCaptured()
    {
        await using var host = await SandboxHost.StartAsync();
        var id = await host.AuthorizeAsync();

        var (_, canceled) = await host.PostAsync($"v1/payment_intents/{id}/cancel", [("cancellation_reason", "duplicate")]);
        var (capture, _) = await host.PostAsync($"v1/payment_intents/{id}/capture", []);

        Assert.Equal("canceled", canceled.GetProperty("status").GetString());
        Assert.Equal("duplicate", canceled.GetProperty("cancellation_reason").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, capture.StatusCode);
    }

    [Fact]
    public async Task Cancel_Succeeded_IsRefusedNamingTheStatus()
    {
        await using var host = await SandboxHost.StartAsync();
        var id = await host.AuthorizeAsync();
        await host.PostAsync($"v1/payment_intents/{id}/capture", []);

        var (response, json) = await host.PostAsync($"v1/payment_intents/{id}/cancel", []);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("status of succeeded", json.GetProperty("error").GetProperty("message").GetString());
    }

    [Fact]
    public async Task Refund_Captured_RefundsOnceThenSaysAlreadyRefunded()
    {
        await using var host = await SandboxHost.StartAsync();
        var id = await host.AuthorizeAsync();
        await host.PostAsync($"v1/payment_intents/{id}/capture", []);

        var (_, refund) = await host.PostAsync("v1/refunds", [("payment_intent", id)]);
        var (again, refused) = await host.PostAsync("v1/refunds", [("payment_intent", id)]);
        var (_, intent) = await host.GetAsync($"v1/payment_intents/{id}?expand[]=latest_charge");

        Assert.Equal("refund", refund.GetProperty("object").GetString());
        Assert.Equal(2500, refund.GetProperty("amount").GetInt64());
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Equal("charge_already_refunded", refused.GetProperty("error").GetProperty("code").GetString());
        Assert.Equal(2500, intent.GetProperty("latest_charge").GetProperty("amount_refunded").GetInt64());
    }

    [Fact]
    public async Task Refund_NotCaptured_IsRefused()
    {
        await using var host = await SandboxHost.StartAsync();
        var id = await host.AuthorizeAsync();

        var (response, _) = await host.PostAsync("v1/refunds", [("payment_intent", id)]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Create_DeclinedCard_Is402CardErrorAndLeavesTheIntentNeedingAPaymentMethod()
    {
        await using var host = await SandboxHost.StartAsync();

        var (response, json) = await host.PostAsync("v1/payment_intents",
            [("amount", "900"), ("currency", "eur"), ("confirm", "true"), ("payment_method", "pm_card_chargeDeclined"), ("metadata[order_id]", "o-9")]);
        var (_, found) = await host.GetAsync("v1/payment_intents/search?query=" + Uri.EscapeDataString("metadata['order_id']:'o-9'"));

        Assert.Equal(HttpStatusCode.PaymentRequired, response.StatusCode);
        Assert.Equal("card_error", json.GetProperty("error").GetProperty("type").GetString());
        Assert.Equal("requires_payment_method", found.GetProperty("data")[0].GetProperty("status").GetString());
    }

    [Fact]
    public async Task Search_ByMetadata_FindsTheOrdersIntentsOnly()
    {
        await using var host = await SandboxHost.StartAsync();
        var first = await host.AuthorizeAsync(orderId: "o-1");
        var second = await host.AuthorizeAsync(orderId: "o-1");
        await host.AuthorizeAsync(orderId: "o-2");

        var (_, json) = await host.GetAsync("v1/payment_intents/search?query=" + Uri.EscapeDataString("metadata['order_id']:'o-1'"));

        Assert.Equal("search_result", json.GetProperty("object").GetString());
        Assert.Equal(new[] { first, second }.Order(StringComparer.Ordinal), json.GetProperty("data").EnumerateArray().Select(i => i.GetProperty("id").GetString()).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("status:'succeeded'")]
    [InlineData("metadata['order_id']:'x' OR metadata['a']:'b'")]
    public async Task Search_QueryOutsideTheSubset_IsRefusedWithTheSupportedForm(string query)
    {
        await using var host = await SandboxHost.StartAsync();

        var (response, json) = await host.GetAsync("v1/payment_intents/search?query=" + Uri.EscapeDataString(query));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("metadata['order_id']", json.GetProperty("error").GetProperty("message").GetString());
    }

    [Fact]
    public async Task Create_UnknownParameter_IsRefusedNamingIt()
    {
        await using var host = await SandboxHost.StartAsync();

        var (response, json) = await host.PostAsync("v1/payment_intents", [("amount", "100"), ("currency", "eur"), ("colour", "blue")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("parameter_unknown", json.GetProperty("error").GetProperty("code").GetString());
        Assert.Equal("colour", json.GetProperty("error").GetProperty("param").GetString());
    }

    [Fact]
    public async Task Create_TooManyFields_IsRefused()
    {
        await using var host = await SandboxHost.StartAsync();

        var (response, _) = await host.PostAsync("v1/payment_intents", Enumerable.Range(0, 150).Select(i => ($"metadata[k{i}]", "v")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task UnknownUrl_Is404InStripesShape()
    {
        await using var host = await SandboxHost.StartAsync();

        var (response, json) = await host.GetAsync("v1/customers");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Unrecognized request URL", json.GetProperty("error").GetProperty("message").GetString());
    }

    [Fact]
    public async Task Retrieve_AuthorisationPastCaptureBefore_ReadsAsCanceledAutomatically()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = await SandboxHost.StartAsync(time: time);
        var id = await host.AuthorizeAsync();

        time.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));
        var (_, json) = await host.GetAsync($"v1/payment_intents/{id}");
        var (capture, _) = await host.PostAsync($"v1/payment_intents/{id}/capture", []);

        Assert.Equal("canceled", json.GetProperty("status").GetString());
        Assert.Equal("automatic", json.GetProperty("cancellation_reason").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, capture.StatusCode);
    }

    [Fact]
    public async Task State_SurvivesARestartOnTheSameFile()
    {
        await using var host = await SandboxHost.StartAsync();
        var id = await host.AuthorizeAsync();
        await host.PostAsync($"v1/payment_intents/{id}/capture", [], idempotencyKey: "cap-1");

        await host.RestartAsync();
        var (_, json) = await host.GetAsync($"v1/payment_intents/{id}");
        var (replay, _) = await host.PostAsync($"v1/payment_intents/{id}/capture", [], idempotencyKey: "cap-1");

        Assert.Equal("succeeded", json.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.True(replay.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(1, (await host.StatsAsync()).GetProperty("captures").GetInt32());
    }
}
