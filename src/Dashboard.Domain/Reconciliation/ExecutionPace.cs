using System.Globalization;

namespace Dashboard.Domain.Reconciliation;

/// <summary>
/// How fast an executing run gets through its transactions: those finished within the last <see cref="Window"/> (or since
/// execution started, if later) per second, and how long the rest takes at that pace. A pause or a restart inside the window
/// lowers the pace, as it lowers what the operator gets done.
/// </summary>
public sealed record ExecutionPace(double PerSecond, TimeSpan? TimeLeft)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    /// <summary>Below this much observed time a rate says more about chance than about the run.</summary>
    public static readonly TimeSpan MinimumObserved = TimeSpan.FromSeconds(5);

    /// <summary>The pace at <paramref name="now"/>; null before execution started or while too little time has passed to tell.</summary>
    public static ExecutionPace? Measure(DateTimeOffset? startedAt, IEnumerable<DateTimeOffset> finishedAt, int remaining, DateTimeOffset now)
    {
        if (startedAt is not { } started) return null;
        var from = started > now - Window ? started : now - Window;
        var observed = now - from;
        if (observed < MinimumObserved) return null;
        var perSecond = finishedAt.Count(at => at > from && at <= now) / observed.TotalSeconds;
        TimeSpan? left = remaining == 0 ? TimeSpan.Zero : perSecond > 0 ? TimeSpan.FromSeconds(Math.Ceiling(remaining / perSecond)) : null;
        return new ExecutionPace(perSecond, left);
    }

    /// <summary>The pace for the operator, e.g. "9.8 transactions a second over the last minute; about 8 min 20 s left."</summary>
    public string Describe()
    {
        if (PerSecond == 0) return "No transaction finished in the last minute.";
        var rate = PerSecond.ToString(PerSecond < 10 ? "0.0" : "0", CultureInfo.InvariantCulture);
        return TimeLeft is { } left ? $"{rate} transactions a second over the last minute; about {Duration(left)} left." : $"{rate} transactions a second over the last minute.";
    }

    private static string Duration(TimeSpan span) => span switch
    {
        { TotalSeconds: < 60 } => $"{(int)span.TotalSeconds} s",
        { TotalHours: < 1 } => span.Seconds == 0 ? $"{span.Minutes} min" : $"{span.Minutes} min {span.Seconds} s",
        _ => span.Minutes == 0 ? $"{(int)span.TotalHours} h" : $"{(int)span.TotalHours} h {span.Minutes} min",
    };
}
