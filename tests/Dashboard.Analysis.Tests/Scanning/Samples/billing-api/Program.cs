using Azure.Identity;
using Billing.Api;
using Billing.Api.Data;
using Billing.Api.Tax;

var builder = WebApplication.CreateBuilder(args);

builder.Configuration.AddAzureAppConfiguration(options => options
    .Connect(new Uri(builder.Configuration["AppConfig:Endpoint"]!), new DefaultAzureCredential())
    .Select(ConfigKeys.BillingNamespace)
    .Select("Tax:*")
    .TrimKeyPrefix("Tax:")
    .ConfigureRefresh(refresh => refresh
        .Register(ConfigKeys.Sentinel, refreshAll: true)
        .SetRefreshInterval(TimeSpan.FromSeconds(30))));

builder.Services.AddAzureAppConfiguration();
builder.Services.Configure<LedgerOptions>(builder.Configuration.GetSection(LedgerOptions.Section));
builder.Services.AddSingleton<LedgerConnection>();
builder.Services.AddSingleton<TaxRateProvider>();

builder.Services.AddHealthChecks()
    .AddSqlServer(builder.Configuration.GetConnectionString("Ledger")!, name: "ledger-db");

var app = builder.Build();

app.UseAzureAppConfiguration();
app.MapHealthChecks("/health");
app.MapPost("/invoices/{id}/charge", async (string id, LedgerConnection ledger, TaxRateProvider tax) =>
{
    var total = await ledger.ChargeAsync(id, tax.DefaultRate);
    return Results.Ok(total);
});

app.Run();
