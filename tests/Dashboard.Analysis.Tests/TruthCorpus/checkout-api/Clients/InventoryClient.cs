using Polly;
using Polly.Extensions.Http;

namespace Checkout.Api.Clients;

public sealed class InventoryClient
{
    private readonly HttpClient _http;

    public InventoryClient(HttpClient http, IConfiguration configuration)
    {
        http.BaseAddress = new Uri(configuration.GetValue<string>("Downstream:Inventory:Url")!);
        _http = http;
    }

    public Task<HttpResponseMessage> ReserveAsync(string sku) => _http.PostAsync($"reservations/{sku}", null);
}

public static class InventoryPolicies
{
    public static IAsyncPolicy<HttpResponseMessage> Retry() =>
        HttpPolicyExtensions.HandleTransientHttpError().WaitAndRetryAsync(4, attempt => TimeSpan.FromMilliseconds(200 * Math.Pow(2, attempt)));

    public static IAsyncPolicy<HttpResponseMessage> Breaker() =>
        HttpPolicyExtensions.HandleTransientHttpError().CircuitBreakerAsync(5, TimeSpan.FromSeconds(30));
}

public sealed class LoyaltyApiClient(HttpClient http)
{
    public Task<string> PointsAsync(string customer) => http.GetStringAsync($"points/{customer}");
}
