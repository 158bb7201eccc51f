using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Polly;
using Polly.Extensions.Http;

namespace Frontend;

public static class Program
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);

        // Checkout and invoice downloads call billing-api; a failed call is retried at once, three times.
        builder.Services.AddHttpClient("billing-api", client => client.BaseAddress = new Uri(builder.Configuration["Services:BillingApi"]!))
            .AddPolicyHandler(HttpPolicyExtensions.HandleTransientHttpError().RetryAsync(3));

        builder.Services.AddHealthChecks();
        var app = builder.Build();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready");
        app.MapGet("/checkout/{order}", async (string order, IHttpClientFactory clients) =>
        {
            using var charge = await clients.CreateClient("billing-api").PostAsync($"invoices/{order}/charge", null);
            return charge.IsSuccessStatusCode
                ? Results.Ok(await charge.Content.ReadFromJsonAsync<decimal>())
                : Results.StatusCode(StatusCodes.Status502BadGateway);
        });
        return app;
    }
}
