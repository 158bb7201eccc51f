using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.FeatureManagement;

namespace Invoice.Renderer;

public static class Program
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        var environment = builder.Environment.EnvironmentName;

        builder.Configuration.AddAzureAppConfiguration(options => options
            .Connect(builder.Configuration["AppConfig:ConnectionString"])
            .Select("Invoice:*", environment)
            .Select("tax.rate.default", environment)
            .ConfigureRefresh(refresh => refresh
                .RegisterAll()
                .SetRefreshInterval(TimeSpan.FromMinutes(5)))
            .UseFeatureFlags(flags => flags.Select("invoice-*", environment)));

        builder.Services.AddAzureAppConfiguration();
        builder.Services.AddFeatureManagement();
        builder.Services.Configure<PdfOptions>(builder.Configuration.GetSection("Invoice:Pdf"));
        builder.Services.AddSingleton<InvoiceDocument>();
        builder.Services.AddHttpClient("billing-api", client => client.BaseAddress = new Uri(builder.Configuration["Services:BillingApi"]!))
            .AddStandardResilienceHandler();
        builder.Services.AddHealthChecks()
            .AddCheck("self", () => HealthCheckResult.Healthy(), tags: ["live"])
            .AddSimulatedSqlServer(builder.Configuration.GetConnectionString("Documents")!, tags: ["ready"]);

        var app = builder.Build();
        app.UseAzureAppConfiguration();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = check => check.Tags.Contains("live") });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        app.MapGet("/invoices/{id}/render", async (string id, InvoiceDocument document, IHttpClientFactory clients) =>
        {
            using var invoice = await clients.CreateClient("billing-api").GetAsync($"invoices/{id}");
            return invoice.IsSuccessStatusCode
                ? Results.Text(await document.RenderTaxLineAsync(await invoice.Content.ReadFromJsonAsync<decimal>()))
                : Results.StatusCode(StatusCodes.Status502BadGateway);
        });
        return app;
    }
}
