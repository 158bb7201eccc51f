namespace Dashboard.Domain.Health;

/// <summary>The latest answer of one instance to one probe: passed or not, when, and what happened in words ("503 in 12 ms", "connection refused").</summary>
public sealed record ProbeCheck(bool Passed, DateTimeOffset At, string Detail);
