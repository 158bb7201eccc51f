namespace Dashboard.Domain.Health;

/// <summary>A service changed state in an environment: from what, to what, when, and why (the new state's reason).</summary>
public sealed record HealthTransition(string Service, string Environment, HealthState From, HealthState To, DateTimeOffset At, string Reason)
{
    public string Describe() => $"{Service} in {Environment} turned {To.Describe()} (was {From.Describe()}): {Reason}";
}
