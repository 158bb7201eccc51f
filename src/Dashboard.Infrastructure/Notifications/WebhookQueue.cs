using System.Threading.Channels;
using Dashboard.Application.Notifications;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Dashboard.Infrastructure.Notifications;

/// <summary>
/// The <see cref="IIncidentNotifier"/> and <see cref="IChangeNotifier"/> of the webhooks: a bounded channel the caller writes to
/// without waiting; the <see cref="WebhookDispatcher"/> drains it. A full queue refuses the notification, logs it and shows it on every webhook.
/// </summary>
public sealed class WebhookQueue : IIncidentNotifier, IChangeNotifier
{
    private readonly Channel<WebhookDelivery> _channel;
    private readonly NotificationOptions _options;
    private readonly WebhookDeliveryLog _log;
    private readonly ILogger<WebhookQueue> _logger;

    public WebhookQueue(IOptions<NotificationOptions> options, WebhookDeliveryLog log, ILogger<WebhookQueue> logger)
    {
        _options = options.Value;
        _log = log;
        _logger = logger;
        _channel = Channel.CreateBounded<WebhookDelivery>(new BoundedChannelOptions(_options.QueueCapacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = true,
        });
    }

    internal ChannelReader<WebhookDelivery> Reader => _channel.Reader;

    public bool Notify(IncidentNotification notification) => Enqueue(WebhookMessages.Of(notification));

    public bool Notify(BypassedChangeNotification notification) => Enqueue(WebhookMessages.Of(notification));

    private bool Enqueue(WebhookMessage message)
    {
        if (_options.Webhooks.Count == 0) return true;
        if (_channel.Writer.TryWrite(new WebhookDelivery(message))) return true;
        var error = $"not sent: {_options.QueueCapacity} notifications were already waiting (the webhooks are failing or slow); '{message.Headline}' was dropped";
        _logger.LogError("Webhook notification {Headline} dropped: the webhook queue is full", message.Headline);
        foreach (var webhook in _options.Webhooks) _log.Failed(webhook, error);
        return false;
    }

    internal void Complete() => _channel.Writer.TryComplete();
}
