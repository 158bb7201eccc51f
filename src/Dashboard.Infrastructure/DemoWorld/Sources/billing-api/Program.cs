using Azure.Identity;
using Billing.Api.Data;
using Billing.Api.Gateway;
using Billing.Api.Tax;

var builder = WebApplication.CreateBuilder(args);
var environment = builder.Environment.EnvironmentName;

builder.Configuration.AddAzureAppConfiguration(options => options
    .Connect(new Uri(builder.Configuration["AppConfig:Endpoint"]!), new DefaultAzureCredential())
    .Select("Billing:*", environment)
    .Select("tax.*", environment)
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
builder.Services.AddHttpClient<PaymentGatewayClient>().AddStandardResilienceHandler();

builder.Services.AddHealthChecks()
    .AddSqlServer(builder.Configuration.GetConnectionString("Ledger")!, name: "ledger-db");

var app = builder.Build();

app.UseAzureAppConfiguration();
app.MapHealthChecks("/health");
app.MapPost("/invoices/{id}/charge", async (string id, LedgerConnection ledger, TaxCalculator tax, PaymentGatewayClient gateway) =>
{
    var amount = await ledger.OpenChargeAsync(id, await tax.RateAsync());
    await gateway.CaptureAsync(id, amount);
    return Results.Ok(amount);
});

app.Run();
