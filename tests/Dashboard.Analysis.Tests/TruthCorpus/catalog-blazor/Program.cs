using Catalog.Blazor;
using Catalog.Blazor.Refresh;

var builder = WebApplication.CreateBuilder(args);

builder.Configuration.AddAzureAppConfiguration(options => options
    .Connect(builder.Configuration.GetConnectionString("AppConfig"))
    .Select("Catalog:*")
    .TrimKeyPrefix("Catalog:")
    .ConfigureRefresh(refresh => refresh.Register("Catalog:Sentinel", refreshAll: true)));

builder.Services.AddAzureAppConfiguration();
builder.Services.Configure<CatalogOptions>(builder.Configuration.GetSection("Display"));
builder.Services.AddHostedService<PushRefreshListener>();
builder.Services.AddRazorComponents().AddInteractiveServerComponents();

var app = builder.Build();
app.UseAzureAppConfiguration();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
app.Run();
