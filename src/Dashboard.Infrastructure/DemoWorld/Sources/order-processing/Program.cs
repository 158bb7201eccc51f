using Azure.Identity;

var builder = WebApplication.CreateBuilder(args);
var environment = builder.Environment.EnvironmentName;

builder.Configuration.AddAzureAppConfiguration(options => options
    .Connect(new Uri(builder.Configuration["AppConfig:Endpoint"]!), new DefaultAzureCredential())
    .Select("Orders:*", environment));

builder.Services.AddHttpClient("billing-api").AddStandardResilienceHandler();
builder.Services.AddHealthChecks().AddSqlServer(builder.Configuration.GetConnectionString("Orders")!, tags: ["ready"]);

var app = builder.Build();
app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
app.MapPost("/orders/{id}/fulfil", (string id, IConfiguration configuration) =>
{
    var batchSize = configuration.GetValue<int>("Orders:Fulfilment:BatchSize");
    var confirmTimeout = TimeSpan.FromSeconds(configuration.GetValue<int>("Orders:Payment:ConfirmTimeoutSeconds"));
    return Results.Accepted($"/orders/{id}", new { batchSize, confirmTimeout });
});
app.Run();
