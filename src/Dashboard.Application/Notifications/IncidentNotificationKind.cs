namespace Dashboard.Application.Notifications;

public enum IncidentNotificationKind
{
    Opened,
    Resolved,
}
