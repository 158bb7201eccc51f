using Dashboard.Application.Notifications;

namespace Dashboard.Infrastructure.Notifications;

/// <summary>One notification waiting to be sent to every configured webhook.</summary>
internal sealed record WebhookDelivery(IncidentNotification Notification);
