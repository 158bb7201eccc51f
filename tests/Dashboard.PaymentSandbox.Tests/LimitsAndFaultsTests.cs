using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace Dashboard.PaymentSandbox.Tests;

public class LimitsAndFaultsTests
{
    [Fact]
    public async Task Requests_AboveThePerSecondLimit_Get429RateLimit()
    {
        await using var host = await SandboxHost.StartAsync(requestsPerSecond: 3);

        var responses = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => host.GetAsync("v1/payment_intents/pi_missing")));

        var limited = responses.Where(r => r.Response.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        Assert.InRange(limited.Count, 6, 9);
        Assert.All(limited, r =>
        {
            Assert.Equal("rate_limit", r.Json.GetProperty("error").GetProperty("code").GetString());
            Assert.Equal("invalid_request_error", r.Json.GetProperty("error").GetProperty("type").GetString());
        });
        Assert.Equal(limited.Count, (await host.StatsAsync()).GetProperty("rate_limited").GetInt32());
    }

    [Fact]
    public async Task WrongKey_Is401NamingTheMaskedKey()
    {
        await using var host = await SandboxHost.StartAsync();
        using var client = SandboxHost.CreateClient(host.Server, "sk_test_wrongwrongwrong");

        var response = await client.GetAsync("v1/payment_intents/pi_1");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Invalid API Key provided: sk_test****rong", body);
        Assert.DoesNotContain("sk_test_wrongwrongwrong", body);
    }

    [Fact]
    public async Task MissingKey_Is401SayingHowToSendIt()
    {
        await using var host = await SandboxHost.StartAsync();
        using var client = new HttpClient { BaseAddress = host.Server.BaseAddress };

        var response = await client.GetAsync("v1/payment_intents/pi_1");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Bearer", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task BasicAuth_WithTheKeyAsUserName_IsAccepted()
    {
        await using var host = await SandboxHost.StartAsync();
        using var client = new HttpClient { BaseAddress = host.Server.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String("sk_test_sandbox:"u8.ToArray()));

        var response = await client.GetAsync("v1/payment_intents/pi_1");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task InjectedError_IsNotSaved_SoTheRetryWithTheSameKeySucceeds()
    {
        await using var host = await SandboxHost.StartAsync();
        var id = await host.AuthorizeAsync();
        await AddFaultAsync(host, new { kind = "error", count = 1, path = "/v1/payment_intents/", statusCode = 500 });

        var (failed, error) = await host.PostAsync($"v1/payment_intents/{id}/capture", [], "cap-500");
        var (retried, json) = await host.PostAsync($"v1/payment_intents/{id}/capture", [], "cap-500");

        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        Assert.Equal("api_error", error.GetProperty("error").GetProperty("type").GetString());
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.Equal("succeeded", json.GetProperty("status").GetString());
        Assert.False(retried.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(1, (await host.StatsAsync()).GetProperty("injected_faults").GetInt32());
    }

    [Fact]
    public async Task DelayAfterEffect_ClientTimesOut_RetryWithTheSameKeyReplaysAndCapturesOnce()
    {
        await using var host = await SandboxHost.StartAsync();
        var id = await host.AuthorizeAsync();
        await AddFaultAsync(host, new { kind = "delay", count = 1, path = $"/v1/payment_intents/{id}/capture", delayMs = 5000, afterEffect = true });
        using var impatient = SandboxHost.CreateClient(host.Server, host.Server.Options.ApiKey);
        impatient.Timeout = TimeSpan.FromMilliseconds(500);

        await Assert.ThrowsAsync<TaskCanceledException>(() => host.PostAsync($"v1/payment_intents/{id}/capture", [], "cap-lost", impatient));
        var (retried, _) = await host.PostAsync($"v1/payment_intents/{id}/capture", [], "cap-lost");

        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.True(retried.Headers.Contains("Idempotent-Replayed"));
        var stats = await host.StatsAsync();
        Assert.Equal(1, stats.GetProperty("captures").GetInt32());
        Assert.Equal(1, stats.GetProperty("intents").GetProperty(id).GetProperty("capture").GetInt32());
    }

    [Fact]
    public async Task DelayBeforeExecution_SlowsTheResponse()
    {
        await using var host = await SandboxHost.StartAsync();
        await AddFaultAsync(host, new { kind = "delay", count = 1, delayMs = 400 });

        var started = TimeProvider.System.GetTimestamp();
        var (response, _) = await host.GetAsync("v1/payment_intents/pi_1");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.True(TimeProvider.System.GetElapsedTime(started) >= TimeSpan.FromMilliseconds(380));
    }

    [Fact]
    public async Task FaultRule_Invalid_IsRefusedWithTheReason()
    {
        await using var host = await SandboxHost.StartAsync();

        var response = await host.Client.PostAsJsonAsync("_sandbox/faults", new { kind = "explode", count = 1 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("explode", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Faults_Cleared_StopBeingServed()
    {
        await using var host = await SandboxHost.StartAsync();
        await AddFaultAsync(host, new { kind = "error", count = 5 });

        await host.Client.DeleteAsync("_sandbox/faults");
        var (response, _) = await host.GetAsync("v1/payment_intents/pi_1");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Stats_WithoutKey_Is401()
    {
        await using var host = await SandboxHost.StartAsync();
        using var client = new HttpClient { BaseAddress = host.Server.BaseAddress };

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("_sandbox/stats")).StatusCode);
    }

    [Fact]
    public async Task Body_AboveTheSizeLimit_IsRefused()
    {
        await using var host = await SandboxHost.StartAsync();

        var (response, _) = await host.PostAsync("v1/payment_intents", [("amount", "5"), ("currency", "eur"), ("description", new string('x', 70_000))]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static async Task AddFaultAsync(SandboxHost host, object rule)
    {
        var response = await host.Client.PostAsJsonAsync("_sandbox/faults", rule);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }
}
