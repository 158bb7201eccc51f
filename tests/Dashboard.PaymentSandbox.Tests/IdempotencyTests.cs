using System.Net;

namespace Dashboard.PaymentSandbox.Tests;

public class IdempotencyTests
{
    [Fact]
    public async Task Capture_RepeatedKey_ReplaysTheSavedResponseAndCapturesOnce()
    {
        await using var host = await SandboxHost.StartAsync();
        var id = await host.AuthorizeAsync();

        var (first, firstJson) = await host.PostAsync($"v1/payment_intents/{id}/capture", [], "key-1");
        var (second, secondJson) = await host.PostAsync($"v1/payment_intents/{id}/capture", [], "key-1");

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(firstJson.GetRawText(), secondJson.GetRawText());
        Assert.False(first.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal("true", second.Headers.GetValues("Idempotent-Replayed").Single());
        var stats = await host.StatsAsync();
        Assert.Equal(1, stats.GetProperty("captures").GetInt32());
        Assert.Equal(1, stats.GetProperty("idempotent_replays").GetInt32());
        Assert.Equal(0, stats.GetProperty("duplicate_effects").GetArrayLength());
    }

    [Fact]
    public async Task Create_RepeatedKey_CreatesOneIntent()
    {
        await using var host = await SandboxHost.StartAsync();
        (string, string)[] form = [("amount", "700"), ("currency", "usd"), ("metadata[order_id]", "o-7")];

        var (_, first) = await host.PostAsync("v1/payment_intents", form, "create-1");
        var (_, second) = await host.PostAsync("v1/payment_intents", form, "create-1");

        Assert.Equal(first.GetProperty("id").GetString(), second.GetProperty("id").GetString());
        Assert.Equal(1, await host.Server.Store.CountIntentsAsync());
    }

    [Fact]
    public async Task Capture_RepeatedKeyAfterAnError_ReplaysTheErrorEvenThoughTheStateChanged()
    {
        await using var host = await SandboxHost.StartAsync();
        var (_, created) = await host.PostAsync("v1/payment_intents", [("amount", "500"), ("currency", "eur"), ("capture_method", "manual")]);
        var id = created.GetProperty("id").GetString()!;

        var (first, firstJson) = await host.PostAsync($"v1/payment_intents/{id}/capture", [], "cap-err");
        await host.Server.Store.SeedAsync([(await host.Server.Store.GetIntentAsync(id))! with { Status = "requires_capture", ChargeId = "ch_x" }]);
        var (second, secondJson) = await host.PostAsync($"v1/payment_intents/{id}/capture", [], "cap-err");

        Assert.Equal(HttpStatusCode.BadRequest, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.Equal(firstJson.GetRawText(), secondJson.GetRawText());
        Assert.True(second.Headers.Contains("Idempotent-Replayed"));
    }

    [Fact]
    public async Task Refund_SameKeyDifferentParameters_IsAnIdempotencyError()
    {
        await using var host = await SandboxHost.StartAsync();
        var id = await host.AuthorizeAsync();
        await host.PostAsync($"v1/payment_intents/{id}/capture", []);

        await host.PostAsync("v1/refunds", [("payment_intent", id), ("amount", "1000")], "refund-1");
        var (response, json) = await host.PostAsync("v1/refunds", [("payment_intent", id), ("amount", "1500")], "refund-1");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("idempotency_error", json.GetProperty("error").GetProperty("type").GetString());
        Assert.Contains("refund-1", json.GetProperty("error").GetProperty("message").GetString());
        Assert.Equal(1, (await host.StatsAsync()).GetProperty("refunds").GetInt32());
    }

    [Fact]
    public async Task SameKeyOnAnotherEndpoint_IsAnIdempotencyError()
    {
        await using var host = await SandboxHost.StartAsync();
        var id = await host.AuthorizeAsync();

        await host.PostAsync($"v1/payment_intents/{id}/capture", [], "shared");
        var (response, json) = await host.PostAsync($"v1/payment_intents/{id}/cancel", [], "shared");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("idempotency_error", json.GetProperty("error").GetProperty("type").GetString());
    }

    [Fact]
    public async Task ValidationFailure_IsNotSaved_SoTheFixedRequestRunsUnderTheSameKey()
    {
        await using var host = await SandboxHost.StartAsync();

        var (bad, _) = await host.PostAsync("v1/payment_intents", [("amount", "-5"), ("currency", "eur")], "create-fix");
        var (good, json) = await host.PostAsync("v1/payment_intents", [("amount", "5"), ("currency", "eur")], "create-fix");

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        Assert.Equal(5, json.GetProperty("amount").GetInt64());
    }

    [Fact]
    public async Task IdempotencyKey_LongerThan255_IsRefused()
    {
        await using var host = await SandboxHost.StartAsync();

        var (response, _) = await host.PostAsync("v1/payment_intents", [("amount", "5"), ("currency", "eur")], new string('k', 256));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await host.Server.Store.CountIntentsAsync());
    }

    [Fact]
    public async Task Capture_ConcurrentRequestsWithOneKey_CaptureOnce()
    {
        await using var host = await SandboxHost.StartAsync();
        var id = await host.AuthorizeAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => host.PostAsync($"v1/payment_intents/{id}/capture", [], "race")));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.Response.StatusCode));
        Assert.Equal(1, (await host.StatsAsync()).GetProperty("captures").GetInt32());
    }
}
