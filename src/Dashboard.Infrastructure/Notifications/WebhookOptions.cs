namespace Dashboard.Infrastructure.Notifications;

/// <summary>One incoming webhook. Its URL carries a secret: it is never shown or logged, only its host.</summary>
public sealed class WebhookOptions
{
    public string Name { get; set; } = "";
    public WebhookKind Kind { get; set; } = WebhookKind.Slack;
    public string Url { get; set; } = "";

    /// <summary>"hooks.slack.com/…": enough to tell webhooks apart, nothing of the secret path.</summary>
    public string MaskedUrl => Uri.TryCreate(Url, UriKind.Absolute, out var url) ? $"{url.Host}/…" : "(invalid URL)";
}
