namespace Billing.Api.Gateway;

public sealed class PaymentGatewayClient(HttpClient http, IConfiguration configuration)
{
    public async Task CaptureAsync(string invoiceId, decimal amount)
    {
        http.Timeout = TimeSpan.FromSeconds(configuration.GetValue<int>("Billing:Gateway:TimeoutSeconds"));
        var maxRetries = configuration.GetValue<int>("Billing:Gateway:MaxRetries");
        using var response = await http.PostAsJsonAsync("captures", new { invoiceId, amount, maxRetries });
        response.EnsureSuccessStatusCode();
    }
}
