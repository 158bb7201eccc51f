namespace Dashboard.Infrastructure.Notifications;

/// <summary>One message waiting to be sent to every configured webhook.</summary>
internal sealed record WebhookDelivery(WebhookMessage Message);
