namespace Dashboard.Infrastructure.Notifications;

/// <summary>What a webhook says, whatever it is about: a headline, a line of facts, the summary and an optional link.</summary>
public sealed record WebhookMessage(string Headline, string Facts, string Summary, Uri? Link = null, string LinkTitle = "Open in the dashboard");
