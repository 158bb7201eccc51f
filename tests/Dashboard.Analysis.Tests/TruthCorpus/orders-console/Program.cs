using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.AzureAppConfiguration;
using Orders.Console;

IConfigurationRefresher? refresher = null;
var environment = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? "Production";

var settings = new ConfigurationBuilder()
    .SetBasePath(AppContext.BaseDirectory)
    .AddJsonFile("appsettings.json", optional: false)
    .AddEnvironmentVariables("ORDERS_")
    .AddAzureAppConfiguration(options =>
    {
        options.Connect(Environment.GetEnvironmentVariable("APPCONFIG_CONNECTION_STRING"))
            .Select("Orders:*", LabelFilter.Null)
            .Select("Orders:*", environment)
            .ConfigureRefresh(refresh => refresh
                .Register(OrderKeys.Sentinel, refreshAll: true)
                .SetRefreshInterval(TimeSpan.FromMinutes(5)));
        refresher = options.GetRefresher();
    })
    .Build();

var batchSize = settings.GetValue<int>("Orders:Export:BatchSize", 500);
var exporter = new OrderExporter(settings);

while (true)
{
    if (refresher is not null)
        await refresher.TryRefreshAsync();
    await exporter.ExportAsync(batchSize);
    await Task.Delay(TimeSpan.FromSeconds(settings.GetValue("Orders:Export:PauseSeconds", 60)));
}
