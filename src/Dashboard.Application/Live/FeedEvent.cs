namespace Dashboard.Application.Live;

/// <summary>One change: its topic, what it concerns (a proposal id, a service name…) and when it happened.</summary>
public sealed record FeedEvent(FeedTopic Topic, string Subject, DateTimeOffset At);
