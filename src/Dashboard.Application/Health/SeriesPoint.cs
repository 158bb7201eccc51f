namespace Dashboard.Application.Health;

/// <summary>One minute of a series: the minute's start (UTC) and its value (null: nothing recorded that minute).</summary>
public readonly record struct SeriesPoint(DateTimeOffset Minute, double? Value);
