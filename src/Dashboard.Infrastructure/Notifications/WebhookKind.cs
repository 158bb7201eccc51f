namespace Dashboard.Infrastructure.Notifications;

/// <summary>The JSON a webhook expects.</summary>
public enum WebhookKind
{
    /// <summary>A Slack incoming webhook: <c>{"text": …, "blocks": […]}</c>.</summary>
    Slack,
    /// <summary>A Microsoft Teams workflow webhook: a message with an Adaptive Card attachment.</summary>
    Teams,
}
