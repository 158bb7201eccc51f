using Dashboard.Domain.Scanning;

namespace Dashboard.Analysis.Tests.Scanning;

// Where outgoing clients point, and resilience beyond a single retry policy.
public class HttpClientTargetScanTests
{
    [Fact]
    public async Task ScanAsync_BaseAddressFromConfiguration_NamesTheKey()
    {
        var scan = await ServiceSnippets.ScanAsync(
            "builder.Services.AddHttpClient(\"inventory\", c => c.BaseAddress = new Uri(builder.Configuration[\"Downstream:InventoryService:BaseUrl\"]!));");

        var client = Assert.Single(scan.HttpClients);
        Assert.Equal(("Downstream:InventoryService:BaseUrl", null), (client.BaseAddressKey, client.BaseAddress));
    }

    [Fact]
    public async Task ScanAsync_LiteralBaseAddress_IsKept()
    {
        var scan = await ServiceSnippets.ScanAsync("builder.Services.AddHttpClient<CatalogClient>(c => c.BaseAddress = new(\"https+http://catalog-api\"));");

        var client = Assert.Single(scan.HttpClients);
        Assert.Equal(("CatalogClient", true, "https+http://catalog-api"), (client.Name, client.TypedClient, client.BaseAddress));
    }

    [Fact]
    public async Task ScanAsync_TypedClientSettingItsAddressInItsConstructor_GetsThatAddress()
    {
        const string client = """
            public sealed class PaymentsClient
            {
                public PaymentsClient(HttpClient http, IConfiguration configuration)
                {
                    http.BaseAddress = new Uri(configuration.GetValue<string>("Services:Payments:Url")!);
                }
            }
            """;

        var scan = await ServiceSnippets.ScanAsync("builder.Services.AddHttpClient<PaymentsClient>();", client);

        Assert.Equal("Services:Payments:Url", Assert.Single(scan.HttpClients).BaseAddressKey);
    }

    [Fact]
    public async Task ScanAsync_PollyV8PipelineWithRetryAndBreaker_IsBackoffWithBreaker()
    {
        const string code = """
            builder.Services.AddHttpClient("ledger").AddResilienceHandler("ledger", pipeline => pipeline
                .AddRetry(new HttpRetryStrategyOptions { MaxRetryAttempts = 5, BackoffType = DelayBackoffType.Exponential })
                .AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions()));
            """;

        var client = Assert.Single((await ServiceSnippets.ScanAsync(code)).HttpClients);

        Assert.Equal((HttpRetryKind.Backoff, 5, true), (client.Retry, client.Attempts, client.CircuitBreaker));
    }

    [Fact]
    public async Task ScanAsync_PollyV7RetryWrappedWithBreaker_KeepsTheImmediateRetryAndTheBreaker()
    {
        const string code = """
            var retry = HttpPolicyExtensions.HandleTransientHttpError().RetryAsync(2);
            var breaker = HttpPolicyExtensions.HandleTransientHttpError().CircuitBreakerAsync(5, TimeSpan.FromSeconds(30));
            builder.Services.AddHttpClient("gateway").AddPolicyHandler(retry).AddPolicyHandler(breaker);
            """;

        var client = Assert.Single((await ServiceSnippets.ScanAsync(code)).HttpClients);

        Assert.Equal((HttpRetryKind.Immediate, 2, true), (client.Retry, client.Attempts, client.CircuitBreaker));
    }

    [Fact]
    public async Task ScanAsync_ClientDefaults_ApplyToClientsWithoutTheirOwnPolicy()
    {
        const string code = """
            builder.Services.ConfigureHttpClientDefaults(http => http.AddStandardResilienceHandler());
            builder.Services.AddHttpClient("plain");
            builder.Services.AddHttpClient("own").AddPolicyHandler(Policy.Handle<HttpRequestException>().RetryAsync(1));
            """;

        var clients = (await ServiceSnippets.ScanAsync(code)).HttpClients;

        Assert.Equal([("plain", HttpRetryKind.Backoff, 3, true, true), ("own", HttpRetryKind.Immediate, 1, false, false)],
            clients.Select(c => (c.Name, c.Retry, c.Attempts, c.CircuitBreaker, c.FromDefaults)));
    }
}
