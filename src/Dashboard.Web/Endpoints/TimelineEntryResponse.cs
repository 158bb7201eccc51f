namespace Dashboard.Web.Endpoints;

/// <summary>One line of an incident's timeline: kind is opened, healthTransition, configChange, outOfBandChange, note, statusChange…</summary>
public sealed record TimelineEntryResponse(DateTimeOffset At, string Kind, string Text, string? Actor, string? Reference);
