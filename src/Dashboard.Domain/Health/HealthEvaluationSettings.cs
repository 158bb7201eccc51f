namespace Dashboard.Domain.Health;

/// <summary>
/// How long an instance that answers liveness may stay not-ready before it counts as pulled rather than starting
/// (<see cref="StartupGrace"/>), and how close together the pulls of every instance must be to count as "at once".
/// </summary>
public sealed record HealthEvaluationSettings
{
    public static readonly HealthEvaluationSettings Default = new(TimeSpan.FromSeconds(90), TimeSpan.FromSeconds(60));

    public HealthEvaluationSettings(TimeSpan startupGrace, TimeSpan atOnceWindow)
    {
        if (startupGrace < TimeSpan.Zero)
            throw new DomainException($"The startup grace {startupGrace} is negative; give 0 (no grace) or more, e.g. 90 seconds.");
        if (atOnceWindow < TimeSpan.Zero)
            throw new DomainException($"The at-once window {atOnceWindow} is negative; give how close together pulls must be, e.g. 60 seconds.");
        StartupGrace = startupGrace;
        AtOnceWindow = atOnceWindow;
    }

    public TimeSpan StartupGrace { get; }
    public TimeSpan AtOnceWindow { get; }
}
