using Polly;
using Polly.Extensions.Http;

var builder = WebApplication.CreateBuilder(args);

builder.Configuration.AddAzureAppConfiguration(options => options
    .Connect(builder.Configuration.GetConnectionString("AppConfig"))
    .Select("Frontend:*")
    .UseFeatureFlags(flags => flags.Select("Checkout.*")));

builder.Services.AddFeatureManagement();
builder.Services.AddHttpClient("billing-api", client =>
        client.BaseAddress = new Uri(builder.Configuration["Services:BillingApi:BaseUrl"]!))
    .AddPolicyHandler(HttpPolicyExtensions.HandleTransientHttpError().RetryAsync(3));
builder.Services.AddHttpClient("catalog", client => client.BaseAddress = new Uri("http://catalog"))
    .AddStandardResilienceHandler();

builder.Services.AddHealthChecks();

var app = builder.Build();

app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
app.MapRazorPages();

app.Run();
