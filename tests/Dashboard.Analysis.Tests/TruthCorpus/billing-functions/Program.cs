using Azure.Identity;
using Billing.Functions;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);

builder.Configuration.AddAzureAppConfiguration(options => options
    .Connect(new Uri(builder.Configuration["AppConfig:Endpoint"]!), new DefaultAzureCredential())
    .Select("Billing:Functions:*")
    .ConfigureKeyVault(vault => vault
        .SetCredential(new DefaultAzureCredential())
        .SetSecretRefreshInterval(TimeSpan.FromHours(12)))
    .ConfigureRefresh(refresh => refresh.Register("Billing:Functions:Sentinel", refreshAll: true)));

builder.Services.AddAzureAppConfiguration();
builder.UseAzureAppConfiguration();
builder.Services.AddOptions<InvoiceRunOptions>().BindConfiguration("Billing:Functions:InvoiceRun");

builder.Build().Run();
