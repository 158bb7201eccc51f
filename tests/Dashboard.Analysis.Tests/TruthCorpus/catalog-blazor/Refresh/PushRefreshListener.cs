using Azure.Messaging.EventGrid;
using Azure.Messaging.ServiceBus;
using Microsoft.Extensions.Configuration.AzureAppConfiguration;
using Microsoft.Extensions.Configuration.AzureAppConfiguration.Extensions;

namespace Catalog.Blazor.Refresh;

// Event Grid delivers App Configuration change events through a Service Bus queue; each one marks the cache stale.
public sealed class PushRefreshListener(IConfigurationRefresherProvider refreshers, ServiceBusClient bus) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var processor = bus.CreateProcessor("appconfig-changes");
        processor.ProcessMessageAsync += message =>
        {
            var change = EventGridEvent.Parse(message.Message.Body);
            if (change.TryCreatePushNotification(out var notification))
                foreach (var refresher in refreshers.Refreshers)
                    refresher.ProcessPushNotification(notification, TimeSpan.FromSeconds(5));
            return Task.CompletedTask;
        };
        processor.ProcessErrorAsync += _ => Task.CompletedTask;
        await processor.StartProcessingAsync(stoppingToken);
    }
}
