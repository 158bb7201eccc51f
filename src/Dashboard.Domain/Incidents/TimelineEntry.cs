namespace Dashboard.Domain.Incidents;

/// <summary>
/// One line of an incident's timeline: when, what kind, what happened in words, who did it (null for what the
/// dashboard observed) and what it refers to (a proposal id, a key, a service), if anything.
/// </summary>
public sealed record TimelineEntry(int Sequence, DateTimeOffset At, TimelineEntryKind Kind, string Text, string? ActorName, string? Reference);
