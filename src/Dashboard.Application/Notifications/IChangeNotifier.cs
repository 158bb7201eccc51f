namespace Dashboard.Application.Notifications;

/// <summary>
/// Tells people about a config change made outside the pipeline (chat webhooks). As <see cref="IIncidentNotifier"/>: never
/// blocks and never throws for a delivery problem; the notification is queued and sent in the background.
/// </summary>
public interface IChangeNotifier
{
    /// <summary>False when the notification could not even be queued (the queue is full); the reason is kept for display.</summary>
    bool Notify(BypassedChangeNotification notification);
}
