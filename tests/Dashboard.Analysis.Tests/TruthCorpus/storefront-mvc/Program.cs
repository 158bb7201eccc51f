using Azure.Identity;
using Microsoft.FeatureManagement;
using Storefront.Services;

var builder = WebApplication.CreateBuilder(args);

builder.Configuration.AddAzureAppConfiguration(options => options
    .Connect(new Uri(builder.Configuration["AppConfig:Endpoint"]!), new DefaultAzureCredential())
    .Select("Storefront:*")
    .UseFeatureFlags(flags => flags.Select("Storefront.*"))
    .ConfigureRefresh(refresh => refresh.RegisterAll().SetRefreshInterval(TimeSpan.FromSeconds(20))));

builder.Services.AddAzureAppConfiguration();
builder.Services.AddFeatureManagement()
    .WithVariantService<IRecommender>("Storefront.Recommender");
builder.Services.AddControllersWithViews(mvc => mvc.Filters.AddForFeature<BetaBannerFilter>("Storefront.BetaBanner"));

var app = builder.Build();

app.UseAzureAppConfiguration();
app.UseMiddlewareForFeature<ThrottleMiddleware>("Storefront.Throttle");
app.MapDefaultControllerRoute();
app.Run();
