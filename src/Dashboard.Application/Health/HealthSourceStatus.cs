namespace Dashboard.Application.Health;

/// <summary>A source's own state after its latest run, and why in words when it is not ok.</summary>
public sealed record HealthSourceStatus(string Source, HealthSourceKind Kind, HealthSourceCondition Condition, string Message, DateTimeOffset At)
{
    public static HealthSourceStatus Ok(string source, HealthSourceKind kind, string message, DateTimeOffset at) => new(source, kind, HealthSourceCondition.Ok, message, at);
}
