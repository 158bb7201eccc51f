namespace Dashboard.Infrastructure.Notifications;

/// <summary>How a webhook has fared, for display: the last attempt, the last success, and the last error with when it happened.</summary>
public sealed record WebhookStatus(string Name, string MaskedUrl, DateTimeOffset? LastAttemptAt, DateTimeOffset? LastSuccessAt, string? LastError, DateTimeOffset? LastErrorAt);
