using Dashboard.Domain.Scanning;

namespace Dashboard.Analysis.Tests.Scanning;

public class HttpResilienceScanTests
{
    private static async Task<HttpClientResilience> ScanClientAsync(string registration)
    {
        var scan = await ServiceSnippets.ScanAsync(registration);
        return Assert.Single(scan.HttpClients);
    }

    [Theory]
    [InlineData(".AddPolicyHandler(Policy.Handle<HttpRequestException>().RetryAsync(3))", 3)]
    [InlineData(".AddPolicyHandler(HttpPolicyExtensions.HandleTransientHttpError().RetryAsync(2))", 2)]
    [InlineData(".AddTransientHttpErrorPolicy(p => p.RetryAsync())", 1)]
    public async Task ScanAsync_RetryAsync_IsImmediateWithFinding(string handler, int attempts)
    {
        var scan = await ServiceSnippets.ScanAsync($"builder.Services.AddHttpClient(\"billing-api\"){handler};");

        Assert.Equal(new HttpClientResilience("billing-api", HttpRetryKind.Immediate, attempts, ServiceSnippets.FileName(1), 1), Assert.Single(scan.HttpClients));
        var finding = Assert.Single(scan.Findings);
        Assert.Equal(ScanRules.RetryWithoutBackoff, finding.Rule);
        Assert.Contains("billing-api", finding.Message);
    }

    [Fact]
    public async Task ScanAsync_WaitAndRetryAsync_IsBackoffWithoutFinding()
    {
        var scan = await ServiceSnippets.ScanAsync("""
            builder.Services.AddHttpClient("billing-api")
                .AddPolicyHandler(HttpPolicyExtensions.HandleTransientHttpError()
                    .WaitAndRetryAsync(4, attempt => TimeSpan.FromSeconds(Math.Pow(2, attempt))));
            """);

        var client = Assert.Single(scan.HttpClients);
        Assert.Equal((HttpRetryKind.Backoff, 4), (client.Retry, client.Attempts));
        Assert.Empty(scan.Findings);
    }

    [Fact]
    public async Task ScanAsync_PolicyHeldInVariable_IsFollowed()
    {
        var client = await ScanClientAsync("""
            var retry = HttpPolicyExtensions.HandleTransientHttpError().RetryAsync(5);
            builder.Services.AddHttpClient("billing-api").AddPolicyHandler(retry);
            """);

        Assert.Equal((HttpRetryKind.Immediate, 5), (client.Retry, client.Attempts));
    }

    [Fact]
    public async Task ScanAsync_PolicyReturnedByMethod_IsFollowed()
    {
        var client = await ScanClientAsync("""
            builder.Services.AddHttpClient<BillingClient>().AddPolicyHandler(GetRetryPolicy());

            static IAsyncPolicy<HttpResponseMessage> GetRetryPolicy() =>
                HttpPolicyExtensions.HandleTransientHttpError().WaitAndRetryAsync(6, n => TimeSpan.FromSeconds(n));
            """);

        Assert.Equal(("BillingClient", HttpRetryKind.Backoff, 6), (client.Name, client.Retry, client.Attempts));
    }

    [Fact]
    public async Task ScanAsync_StandardResilienceHandler_IsBackoffWithThreeAttempts()
    {
        var client = await ScanClientAsync("builder.Services.AddHttpClient<BillingClient>().AddStandardResilienceHandler();");

        Assert.Equal(("BillingClient", HttpRetryKind.Backoff, 3), (client.Name, client.Retry, client.Attempts));
    }

    [Fact]
    public async Task ScanAsync_ResilienceHandlerWithMaxRetryAttempts_ReadsAttempts()
    {
        var client = await ScanClientAsync("""
            builder.Services.AddHttpClient("ledger").AddResilienceHandler("ledger-pipeline", pipeline =>
                pipeline.AddRetry(new HttpRetryStrategyOptions { MaxRetryAttempts = 6, BackoffType = DelayBackoffType.Exponential }));
            """);

        Assert.Equal((HttpRetryKind.Backoff, 6), (client.Retry, client.Attempts));
    }

    [Fact]
    public async Task ScanAsync_ResilienceHandlerWithConstantZeroDelay_IsImmediate()
    {
        var client = await ScanClientAsync("""
            builder.Services.AddHttpClient("ledger").AddResilienceHandler("ledger-pipeline", pipeline =>
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    BackoffType = DelayBackoffType.Constant,
                    Delay = TimeSpan.Zero,
                }));
            """);

        Assert.Equal((HttpRetryKind.Immediate, 3), (client.Retry, client.Attempts));
    }

    [Fact]
    public async Task ScanAsync_ResilienceHandlerWithoutRetryStrategy_HasNoRetry()
    {
        var client = await ScanClientAsync("""
            builder.Services.AddHttpClient("ledger").AddResilienceHandler("timeouts", p => p.AddTimeout(TimeSpan.FromSeconds(2)));
            """);

        Assert.Equal((HttpRetryKind.None, 0), (client.Retry, client.Attempts));
    }

    [Fact]
    public async Task ScanAsync_ClientWithoutHandler_HasNoRetry()
    {
        var scan = await ServiceSnippets.ScanAsync("builder.Services.AddHttpClient(\"payments\", c => c.BaseAddress = new Uri(\"https://pay\"));");

        var client = Assert.Single(scan.HttpClients);
        Assert.Equal(("payments", HttpRetryKind.None, 0), (client.Name, client.Retry, client.Attempts));
        Assert.Empty(scan.Findings);
    }
}
