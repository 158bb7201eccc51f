using System.Collections.Concurrent;

namespace Dashboard.Infrastructure.Notifications;

/// <summary>The last outcome per webhook, kept for display (a singleton; nothing per user).</summary>
public sealed class WebhookDeliveryLog(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, WebhookStatus> _statuses = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<WebhookStatus> Statuses => [.. _statuses.Values.OrderBy(s => s.Name, StringComparer.Ordinal)];

    public WebhookStatus? For(string name) => _statuses.GetValueOrDefault(name);

    public void Succeeded(WebhookOptions webhook)
    {
        var now = time.GetUtcNow();
        _statuses.AddOrUpdate(webhook.Name,
            _ => new WebhookStatus(webhook.Name, webhook.MaskedUrl, now, now, null, null),
            (_, last) => last with { LastAttemptAt = now, LastSuccessAt = now });
    }

    public void Failed(WebhookOptions webhook, string error)
    {
        var now = time.GetUtcNow();
        _statuses.AddOrUpdate(webhook.Name,
            _ => new WebhookStatus(webhook.Name, webhook.MaskedUrl, now, null, error, now),
            (_, last) => last with { LastAttemptAt = now, LastError = error, LastErrorAt = now });
    }
}
