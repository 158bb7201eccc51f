using Azure.Identity;
using Invoice.Renderer;

var builder = WebApplication.CreateBuilder(args);
var environment = builder.Environment.EnvironmentName;

builder.Configuration.AddAzureAppConfiguration(options => options
    .Connect(new Uri(builder.Configuration["AppConfig:Endpoint"]!), new DefaultAzureCredential())
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
builder.Services.AddHttpClient("billing-api").AddStandardResilienceHandler();
builder.Services.AddHealthChecks()
    .AddCheck("self", () => HealthCheckResult.Healthy(), tags: ["live"])
    .AddSqlServer(builder.Configuration.GetConnectionString("Documents")!, tags: ["ready"]);

var app = builder.Build();
app.UseAzureAppConfiguration();
app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = check => check.Tags.Contains("live") });
app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
app.Run();
