namespace Dashboard.Application.Notifications;

/// <summary>
/// Tells the people on call about an incident (chat webhooks). Never blocks and never throws for a delivery problem:
/// the notification is queued and sent in the background, and a failure is logged and kept for display.
/// </summary>
public interface IIncidentNotifier
{
    /// <summary>False when the notification could not even be queued (the queue is full); the reason is kept for display.</summary>
    bool Notify(IncidentNotification notification);
}
