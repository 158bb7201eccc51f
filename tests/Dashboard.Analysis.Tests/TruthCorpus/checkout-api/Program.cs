using Checkout.Api.Clients;
using Checkout.Api.Pricing;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Extensions.Http;

var builder = WebApplication.CreateBuilder(args);

builder.Configuration.AddAzureAppConfiguration(options => options
    .Connect(builder.Configuration.GetConnectionString("AppConfig"))
    .Select("Checkout:*", builder.Environment.EnvironmentName)
    .ConfigureRefresh(refresh => refresh
        .Register("Checkout:Sentinel", builder.Environment.EnvironmentName, refreshAll: true)
        .Register("Global:Maintenance")));

builder.Services.AddAzureAppConfiguration();
builder.Services.Configure<CheckoutOptions>(builder.Configuration.GetSection("Checkout"));
builder.Services.AddSingleton<CheckoutTotals>();
builder.Services.AddSingleton<TaxTable>();

builder.Services.AddHttpClient("payments", client =>
        client.BaseAddress = new Uri(builder.Configuration["Downstream:PaymentsService:BaseUrl"]!))
    .AddPolicyHandler(HttpPolicyExtensions.HandleTransientHttpError().RetryAsync(3));
builder.Services.AddHttpClient<InventoryClient>()
    .AddPolicyHandler(InventoryPolicies.Retry())
    .AddPolicyHandler(InventoryPolicies.Breaker());
builder.Services.AddHttpClient("shipping", client => client.BaseAddress = new Uri("https://shipping.contoso.com/"))
    .AddResilienceHandler("shipping", pipeline => pipeline
        .AddRetry(new HttpRetryStrategyOptions { MaxRetryAttempts = 2, BackoffType = DelayBackoffType.Constant, Delay = TimeSpan.Zero })
        .AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions()));
builder.Services.AddHttpClient<LoyaltyApiClient>(client => client.BaseAddress = new("https+http://loyalty-api"))
    .AddStandardResilienceHandler();
builder.Services.AddHttpClient("weather")
    .AddStandardResilienceHandler(resilience => resilience.Retry.MaxRetryAttempts = 5);

builder.Services.AddHealthChecks().AddSqlServer(builder.Configuration.GetConnectionString("Checkout")!, name: "checkout-db");

var app = builder.Build();
app.UseAzureAppConfiguration();
app.MapHealthChecks("/health");
app.MapPost("/checkout", async (CheckoutTotals totals, IConfiguration configuration) =>
    Results.Ok(await totals.TotalAsync(configuration.GetValue<bool>("Checkout:RoundUp"))));
app.Run();
