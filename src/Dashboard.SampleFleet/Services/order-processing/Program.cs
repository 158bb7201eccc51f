using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Order.Processing;

public static class Program
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        var environment = builder.Environment.EnvironmentName;

        builder.Configuration.AddAzureAppConfiguration(options => options
            .Connect(builder.Configuration["AppConfig:ConnectionString"])
            .Select("Orders:*", environment));

        // Payment is confirmed with billing-api through the standard resilience handler: exponential backoff with
        // jitter and a circuit breaker, opened here after a handful of calls since orders arrive one at a time.
        builder.Services.AddHttpClient("billing-api", client => client.BaseAddress = new Uri(builder.Configuration["Services:BillingApi"]!))
            .AddStandardResilienceHandler(resilience => resilience.CircuitBreaker.MinimumThroughput = 5);
        builder.Services.AddHealthChecks().AddSimulatedSqlServer(builder.Configuration.GetConnectionString("Orders")!, tags: ["ready"]);

        var app = builder.Build();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        app.MapPost("/orders/{id}/fulfil", async (string id, IConfiguration configuration, IHttpClientFactory clients) =>
        {
            var batchSize = configuration.GetValue<int>("Orders:Fulfilment:BatchSize");
            var confirmTimeout = TimeSpan.FromSeconds(configuration.GetValue<int>("Orders:Payment:ConfirmTimeoutSeconds"));
            using var timeout = new CancellationTokenSource(confirmTimeout);
            using var payment = await clients.CreateClient("billing-api").GetAsync($"invoices/{id}", timeout.Token);
            return payment.IsSuccessStatusCode
                ? Results.Accepted($"/orders/{id}", new { batchSize, confirmTimeout })
                : Results.StatusCode(StatusCodes.Status502BadGateway);
        });
        return app;
    }
}
