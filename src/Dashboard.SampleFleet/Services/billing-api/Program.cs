using Billing.Api.Data;
using Billing.Api.Gateway;
using Billing.Api.Tax;
using Microsoft.FeatureManagement;

namespace Billing.Api;

public static class Program
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        var environment = builder.Environment.EnvironmentName;

        builder.Configuration.AddAzureAppConfiguration(options => options
            .Connect(builder.Configuration["AppConfig:ConnectionString"])
            .Select("Billing:*", environment)
            .Select("tax.*", environment)
            // No Key Vault in the demo: a reference resolves to the secret of that name handed to the service at start.
            .ConfigureKeyVault(keyVault => keyVault.SetSecretResolver(secret => ValueTask.FromResult(builder.Configuration[$"KeyVault:{secret.Segments[^1]}"] ?? "")))
            .ConfigureRefresh(refresh => refresh
                .Register("Billing:Sentinel", environment, refreshAll: true)
                .Register("tax.rate.default", environment, refreshAll: true)
                .SetRefreshInterval(TimeSpan.FromSeconds(30)))
            .UseFeatureFlags(flags => flags.Select("billing-*", environment)));

        builder.Services.AddAzureAppConfiguration();
        builder.Services.AddFeatureManagement();
        builder.Services.Configure<LedgerOptions>(builder.Configuration.GetSection("Billing:Database"));
        builder.Services.AddSingleton<LedgerConnection>();
        builder.Services.AddSingleton<TaxCalculator>();
        builder.Services.AddHttpClient<PaymentGatewayClient>(client => client.BaseAddress = new Uri(builder.Configuration["Services:PaymentGateway"]!))
            .AddStandardResilienceHandler();

        builder.Services.AddHealthChecks()
            .AddCheck<LedgerHealthCheck>("ledger-db");

        var app = builder.Build();

        app.UseAzureAppConfiguration();
        app.MapHealthChecks("/health");
        app.MapPost("/invoices/{id}/charge", async (string id, LedgerConnection ledger, TaxCalculator tax, PaymentGatewayClient gateway) =>
        {
            var amount = await ledger.OpenChargeAsync(id, await tax.RateAsync());
            await gateway.CaptureAsync(id, amount);
            return Results.Ok(amount);
        });
        app.MapGet("/invoices/{id}", async (string id, LedgerConnection ledger) => Results.Ok(await ledger.InvoiceNetAsync(id)));

        return app;
    }
}
