using System.Threading.Channels;
using Dashboard.Application.Notifications;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Dashboard.Infrastructure.Notifications;

/// <summary>
/// The <see cref="IIncidentNotifier"/> and <see cref="IChangeNotifier"/> of the webhooks: a bounded channel the caller writes to
/// without waiting; the <see cref="WebhookDispatcher"/> drains it. A full queue refuses the notification, logs it and shows it on every webhook.
/// Messages link to the incident or the key's page when <see cref="IDashboardLinks"/> knows the dashboard's public address.
/// </summary>
public sealed class WebhookQueue : IIncidentNotifier, IChangeNotifier
{
    private readonly Channel<WebhookDelivery> _channel;
    private readonly NotificationOptions _options;
    private readonly WebhookDeliveryLog _log;
    private readonly ILogger<WebhookQueue> _logger;
    private readonly IDashboardLinks? _links;

    public WebhookQueue(IOptions<NotificationOptions> options, WebhookDeliveryLog log, ILogger<WebhookQueue> logger, IDashboardLinks? links = null)
    {
        _options = options.Value;
        _links = links;
        _log = log;
        _logger = logger;
        _channel = Channel.CreateBounded<WebhookDelivery>(new BoundedChannelOptions(_options.QueueCapacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = true,
        });
    }

    internal ChannelReader<WebhookDelivery> Reader => _channel.Reader;

    public bool Notify(IncidentNotification notification) =>
        Enqueue(WebhookMessages.Of(notification with { Link = notification.Link ?? _links?.Incident(notification.IncidentId) }));

    public bool Notify(BypassedChangeNotification notification) =>
        Enqueue(WebhookMessages.Of(notification, _links?.ConfigKey(notification.Store, notification.Key)));

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
