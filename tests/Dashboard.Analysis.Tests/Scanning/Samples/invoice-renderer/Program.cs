var builder = WebApplication.CreateBuilder(args);

builder.Configuration.AddAzureAppConfiguration(options => options
    .Connect(builder.Configuration.GetConnectionString("AppConfig"))
    .Select("Tax:*", builder.Environment.EnvironmentName)
    .TrimKeyPrefix("Tax:")
    .ConfigureRefresh(refresh => refresh.RegisterAll()));

var app = builder.Build();

app.UseAzureAppConfiguration();
app.MapGet("/invoices/{id}/pdf", (string id, IConfiguration configuration) =>
    Results.Text($"Invoice {id}, tax {configuration["tax.rate.default"]}"));
app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });

app.Run();
